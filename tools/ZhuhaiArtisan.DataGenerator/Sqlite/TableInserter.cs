using Microsoft.Data.Sqlite;

namespace ZhuhaiArtisan.DataGenerator.Sqlite;

/// <summary>A prepared INSERT for one table, executed once per row inside the session's transaction.</summary>
internal sealed class TableInserter : IDisposable
{
    private readonly BulkLoadSession _session;
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;

    internal TableInserter(BulkLoadSession session, SqliteConnection connection, string table, IReadOnlyList<string> columns)
    {
        _session = session;
        Table = table;
        _command = connection.CreateCommand();
        _command.CommandText =
            $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        _parameters = columns.Select((_, i) => _command.Parameters.AddWithValue($"$p{i}", DBNull.Value)).ToArray();
        _command.Transaction = session.Transaction;
        _command.Prepare();
    }

    public string Table { get; }

    public long Rows { get; private set; }

    /// <param name="values">One value per column, in the order the columns were named; <see cref="DBNull.Value"/> for NULL.</param>
    public void Insert(params ReadOnlySpan<object> values)
    {
        if (values.Length != _parameters.Length)
        {
            throw new ArgumentException($"{Table} takes {_parameters.Length} values, not {values.Length}.", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            _parameters[i].Value = values[i];
        }

        _command.Transaction = _session.Transaction;
        _command.ExecuteNonQuery();
        Rows++;
        _session.Written();
    }

    public void Dispose() => _command.Dispose();
}
