using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Providers;

/// <summary>
/// Copies the write-ahead log into the database file after a bulk write has committed
/// (<see cref="SqliteWalCheckpoints"/>), on a connection of its own. A passive checkpoint: it
/// waits for no reader or writer and copies what it can; what it leaves, the next checkpoint takes.
/// </summary>
internal sealed partial class SqliteWalCheckpointer(
    SqliteWalCheckpoints checkpoints,
    string connectionString,
    ILogger<SqliteWalCheckpointer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var _ in checkpoints.Requests.ReadAllAsync(stoppingToken))
        {
            try
            {
                var started = Stopwatch.GetTimestamp();
                await using var connection = new SqliteConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                await using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
                await using var reader = await command.ExecuteReaderAsync(stoppingToken);
                await reader.ReadAsync(stoppingToken);
                LogCheckpointed(reader.GetInt64(2), reader.GetInt64(1), Stopwatch.GetElapsedTime(started).TotalSeconds);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Nothing is lost: the log still holds every committed page, and the next
                // checkpoint (this one's or any connection's automatic one) copies it.
                LogFailed(exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SQLite: {Checkpointed} of {Logged} pages of the write-ahead log copied into the database in {Seconds:F1} s after a bulk write")]
    private partial void LogCheckpointed(long checkpointed, long logged, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SQLite: the checkpoint after a bulk write failed")]
    private partial void LogFailed(Exception exception);
}
