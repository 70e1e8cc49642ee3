using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Providers;

/// <summary>
/// Runs EF's read queries on SQLite through statements prepared once per connection. EF creates a
/// new command for every query and Microsoft.Data.Sqlite compiles a new command's SQL each time it
/// runs it, then throws the compiled statement away; on the hot read paths (a list page, a
/// lookup, a catalogue search) compiling costs as much as running. A prepared command kept per
/// connection and statement text is compiled once and only rebound afterwards.
/// Only single <c>SELECT</c> statements are kept: writes, batches and DDL run as EF sends them.
/// The connections in use here stay open for the life of their pooled context, so the statements
/// are reused for as long; they are dropped when their connection closes.
/// </summary>
internal sealed class SqlitePreparedQueries : DbCommandInterceptor
{
    /// <summary>Distinct statements kept per connection; later ones run unprepared, as EF sends them.</summary>
    internal const int StatementsPerConnection = 128;

    private readonly ConditionalWeakTable<SqliteConnection, ConnectionStatements> _connections = [];

    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        result.HasResult || Prepared(command) is not { } prepared
            ? result
            : InterceptionResult<DbDataReader>.SuppressWithResult(prepared.ExecuteReader());

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default)
    {
        // Microsoft.Data.Sqlite runs every command synchronously; its async methods wrap the same call.
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(ReaderExecuting(command, eventData, result));
    }

    /// <summary>The connection's prepared command for this statement, bound to the command's parameters; null to run the command itself.</summary>
    private PreparedStatement? Prepared(DbCommand command)
    {
        if (command is not SqliteCommand { Connection: { State: ConnectionState.Open } connection } sqliteCommand
            || !IsSingleSelect(command.CommandText))
        {
            return null;
        }

        var statements = _connections.GetValue(connection, static c => new ConnectionStatements(c));
        return statements.Bind(sqliteCommand);
    }

    internal static bool IsSingleSelect(string sql) =>
        sql.StartsWith("SELECT ", StringComparison.Ordinal) && !sql.Contains(';', StringComparison.Ordinal);

    private sealed class ConnectionStatements
    {
        private readonly Dictionary<string, PreparedStatement> _statements = new(StringComparer.Ordinal);

        public ConnectionStatements(SqliteConnection connection) =>
            connection.StateChange += (_, change) =>
            {
                if (change.CurrentState != ConnectionState.Open)
                {
                    Clear();
                }
            };

        public PreparedStatement? Bind(SqliteCommand command)
        {
            if (!_statements.TryGetValue(command.CommandText, out var statement))
            {
                if (_statements.Count >= StatementsPerConnection)
                {
                    return null;
                }

                var prepared = command.Connection!.CreateCommand();
                prepared.CommandText = command.CommandText;
                prepared.Transaction = command.Transaction;
                prepared.Prepare();
                statement = new PreparedStatement(prepared);
                _statements.Add(command.CommandText, statement);
            }
            else if (statement.InUse)
            {
                // A reader of the same statement is still open on this connection (a query run
                // while another's results are read): this one runs on its own command.
                return null;
            }

            statement.BindTo(command);
            return statement;
        }

        private void Clear()
        {
            foreach (var statement in _statements.Values)
            {
                statement.Dispose();
            }

            _statements.Clear();
        }
    }

    private sealed class PreparedStatement(SqliteCommand command) : IDisposable
    {
        private SqliteDataReader? _reader;

        public bool InUse => _reader is { IsClosed: false };

        public void BindTo(SqliteCommand source)
        {
            command.Transaction = source.Transaction;
            command.CommandTimeout = source.CommandTimeout;
            // The parameters EF configured (type, size and value as its type mappings set them) are
            // handed over as they are: a parameter belongs to no particular command.
            command.Parameters.Clear();
            foreach (SqliteParameter parameter in source.Parameters)
            {
                command.Parameters.Add(parameter);
            }
        }

        public SqliteDataReader ExecuteReader() => _reader = command.ExecuteReader();

        public void Dispose()
        {
            _reader?.Dispose();
            command.Dispose();
        }
    }
}
