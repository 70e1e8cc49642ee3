using System.Collections.Concurrent;
using System.Data;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Providers;

/// <summary>
/// Gives every pooled SQLite context a connection of its own, opened once and kept open while the
/// context lives in the pool. EF registers its SQL functions (decimal arithmetic and comparison,
/// regexp) each time it opens a connection, and Microsoft.Data.Sqlite removes them each time the
/// connection goes back to its pool; at thousands of requests a second that churn, and the
/// finalisation of the native callback handles it leaves behind, cost more CPU than the queries.
/// A connection that stays open registers them once. The connections are closed when the
/// service provider is disposed.
/// Each connection reads the file through a memory map: the pages come straight from the
/// operating system's cache, shared by all connections, instead of being copied into a small
/// private cache per connection (2 MB by default, far less than a city's indexes).
/// </summary>
internal sealed class SqliteContextConnections(string connectionString, long memoryMapBytes) : IDisposable
{
    private readonly ConcurrentBag<SqliteConnection> _connections = [];

    /// <summary>Makes sure the context's own connection is open; creates it on the context's first lease.</summary>
    public void Open(SqliteAppDbContext context)
    {
        if (context.OwnConnection is null)
        {
            // Until the database exists EF must create it itself, which also sets WAL journal
            // mode; opening a connection first would leave an empty file in the default mode.
            if (!context.GetService<IRelationalDatabaseCreator>().Exists())
            {
                return;
            }

            var connection = new SqliteConnection(connectionString);
            _connections.Add(connection);
            RegisterEfFunctions(connection);
            // Not owned by the context: a pooled context closes the connections it owns when it
            // goes back to the pool, and this one must stay open.
            context.Database.SetDbConnection(connection, contextOwnsConnection: false);
            context.OwnConnection = connection;
        }

        if (context.OwnConnection.State != ConnectionState.Open)
        {
            // Through EF, so that it applies its connection settings (foreign keys on).
            context.Database.OpenConnection();
            using var memoryMap = context.OwnConnection.CreateCommand();
            memoryMap.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA mmap_size = {memoryMapBytes}");
            memoryMap.ExecuteNonQuery();
            KeepPlansStable(context.OwnConnection);
        }
    }

    /// <summary>
    /// Turns on SQLite's query planner stability guarantee for the connection. Without it SQLite
    /// lets the value bound to some parameters steer the plan — a <c>LIMIT</c>, which EF always
    /// sends as a parameter, is read as a number when the plan is made — and then throws the
    /// compiled statement away at the next bind of that parameter, whatever its value: every list
    /// page was compiled again although its statement is kept prepared
    /// (<see cref="SqlitePreparedQueries"/>). With it, a statement's plan depends on its text
    /// alone, as on the server databases.
    /// </summary>
    internal static void KeepPlansStable(SqliteConnection connection)
    {
        var rc = SQLitePCL.raw.sqlite3_db_config(connection.Handle, SQLitePCL.raw.SQLITE_DBCONFIG_ENABLE_QPSG, 1, out _);
        if (rc != SQLitePCL.raw.SQLITE_OK)
        {
            throw new InvalidOperationException($"SQLite refused the query planner stability guarantee (result {rc}).");
        }
    }

    public void Dispose()
    {
        foreach (var connection in _connections)
        {
            connection.Dispose();
        }
    }

    /// <summary>
    /// EF's SQLite provider registers its functions on the connection it is given in the options
    /// (as on one it creates itself); a context that only does that is enough.
    /// </summary>
    private static void RegisterEfFunctions(SqliteConnection connection)
    {
        using var initializer = new FunctionRegistration(new DbContextOptionsBuilder<FunctionRegistration>().UseSqlite(connection).Options);
        _ = initializer.Database.GetDbConnection();
    }

    private sealed class FunctionRegistration(DbContextOptions<FunctionRegistration> options) : DbContext(options);
}
