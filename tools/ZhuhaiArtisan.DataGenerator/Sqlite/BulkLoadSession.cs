using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using ZhuhaiArtisan.DataGenerator.Progress;

namespace ZhuhaiArtisan.DataGenerator.Sqlite;

/// <summary>
/// One connection that loads millions of rows into a database the migrations have just created:
/// no rollback journal and no fsync while loading, the secondary indexes of the loaded tables
/// dropped and built again afterwards from the very statements the migrations created them with,
/// and large transactions. The journal mode (persistent in the file) is put back at the end.
/// A database left half-loaded by a failure is not repaired: the generator deletes it.
/// </summary>
internal sealed class BulkLoadSession : IDisposable
{
    private const int RowsPerTransaction = 200_000;

    private readonly SqliteConnection _connection;
    private readonly ProgressReporter _progress;
    private readonly List<(string Name, string Table, string Sql)> _droppedIndexes = [];
    private readonly string _journalMode;
    private readonly long _synchronous;
    private SqliteTransaction _transaction;
    private int _rowsInTransaction;

    private BulkLoadSession(SqliteConnection connection, IReadOnlyCollection<string> tables, ProgressReporter progress)
    {
        _connection = connection;
        _progress = progress;
        _journalMode = Scalar<string>("PRAGMA journal_mode");
        _synchronous = Scalar<long>("PRAGMA synchronous");
        Execute("""
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            PRAGMA cache_size = -1048576;
            PRAGMA temp_store = MEMORY;
            PRAGMA foreign_keys = OFF;
            PRAGMA threads = 2;
            """);

        // Maintaining six indexes row by row costs far more than building each once from sorted data.
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({string.Join(", ", tables.Select((_, i) => $"$t{i}"))}) ORDER BY tbl_name, name";
            var i = 0;
            foreach (var table in tables)
            {
                command.Parameters.AddWithValue($"$t{i++}", table);
            }

            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                _droppedIndexes.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        foreach (var index in _droppedIndexes)
        {
            Execute($"DROP INDEX \"{index.Name}\"");
        }

        _transaction = connection.BeginTransaction();
    }

    /// <summary>All rows written through this session's inserters.</summary>
    public long RowsWritten { get; private set; }

    internal SqliteTransaction Transaction => _transaction;

    public static BulkLoadSession Open(string databasePath, IReadOnlyCollection<string> tables, ProgressReporter progress)
    {
        // A private connection: the journal mode can only change while no other connection is open.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
        }.ToString());
        connection.Open();
        return new BulkLoadSession(connection, tables, progress);
    }

    public TableInserter Inserter(string table, params IReadOnlyList<string> columns) => new(this, _connection, table, columns);

    /// <summary>Commits, builds the dropped indexes, checks the foreign keys and restores the journal mode.</summary>
    public void Complete()
    {
        _transaction.Commit();
        _transaction.Dispose();

        foreach (var index in _droppedIndexes)
        {
            var clock = Stopwatch.StartNew();
            Execute(index.Sql);
            _progress.Write(string.Create(CultureInfo.InvariantCulture, $"index {index.Name}: {clock.Elapsed.TotalSeconds:0.0} s"));
        }

        // Rows were written without foreign-key enforcement: prove they would have passed it.
        var checking = Stopwatch.StartNew();
        foreach (var table in _droppedIndexes.Select(i => i.Table).Distinct(StringComparer.Ordinal))
        {
            if (Scalar<object?>($"PRAGMA foreign_key_check(\"{table}\")") is not null)
            {
                throw new GenerationException($"{table} has rows whose foreign keys point at nothing.");
            }
        }

        _progress.Write(string.Create(CultureInfo.InvariantCulture, $"foreign keys checked: {checking.Elapsed.TotalSeconds:0.0} s"));

        // The synchronous setting belongs to the connection; the journal mode is stored in the file.
        Execute($"PRAGMA journal_mode = {_journalMode}; PRAGMA synchronous = {_synchronous.ToString(CultureInfo.InvariantCulture)};");
        Execute("PRAGMA foreign_keys = ON;");
    }

    public void Dispose() => _connection.Dispose();

    /// <summary>Called by the inserters for every row: commits every <see cref="RowsPerTransaction"/> rows.</summary>
    internal void Written()
    {
        RowsWritten++;
        if (++_rowsInTransaction == RowsPerTransaction)
        {
            _transaction.Commit();
            _transaction.Dispose();
            _transaction = _connection.BeginTransaction();
            _rowsInTransaction = 0;
        }
    }

    /// <summary>A statement of a writer's own (an update of a row the migrations seeded), in the load's transaction.</summary>
    public void ExecuteInLoad(string sql)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private T Scalar<T>(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return (T)command.ExecuteScalar()!;
    }
}
