using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ZhuhaiArtisan.Infrastructure.Idempotency;

/// <summary>
/// Deletes idempotency records past their retention, so the table holds about one retention
/// period of keys. Safe on several instances: deleting the same expired rows twice is harmless.
/// </summary>
internal sealed partial class ExpiredIdempotencyRecordsPurger(
    IdempotencyStore store,
    IOptions<IdempotencyOptions> options,
    TimeProvider clock,
    ILogger<ExpiredIdempotencyRecordsPurger> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PurgeInterval, clock);
        do
        {
            try
            {
                var purged = await store.PurgeExpiredAsync(stoppingToken);
                if (purged > 0)
                {
                    LogPurged(purged);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The next tick tries again; a failed purge loses nothing.
                LogFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Idempotency: {Count} expired records deleted")]
    private partial void LogPurged(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Idempotency: purging expired records failed")]
    private partial void LogFailed(Exception exception);
}
