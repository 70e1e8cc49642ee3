using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZhuhaiArtisan.Domain.Integration.WebhookDeliveries;
using ZhuhaiArtisan.Infrastructure.Persistence;

namespace ZhuhaiArtisan.Infrastructure.Webhooks;

/// <summary>
/// Deletes deliveries that finished (succeeded, or failed for good) and were created longer ago
/// than <see cref="WebhookOptions.DeliveryRetention"/>, with their attempts, so the outbox holds
/// about one retention period of history instead of growing for ever. A pending delivery — new,
/// retrying or redelivered — is never deleted. Safe on several instances: deleting the same rows
/// twice is harmless.
/// </summary>
internal sealed partial class FinishedWebhookDeliveriesPurger(
    IServiceScopeFactory scopes,
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    ILogger<FinishedWebhookDeliveriesPurger> logger) : BackgroundService
{
    /// <summary>Deliveries deleted per statement: each batch is a short transaction of its own.</summary>
    internal const int Batch = 1_000;

    /// <summary>Deletes what is past retention now; returns how many deliveries were deleted.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - options.Value.DeliveryRetention;
        var deleted = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var batch = await db.WebhookDeliveries
                .Where(d => d.Status != WebhookDeliveryStatus.Pending && d.CreatedAt < cutoff)
                .OrderBy(d => d.Id)
                .Select(d => d.Id)
                .Take(Batch)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return deleted;
            }

            // The attempts go with their delivery (the foreign key cascades). The condition is
            // repeated: a delivery redelivered meanwhile is pending again and stays.
            deleted += await db.WebhookDeliveries
                .Where(d => batch.Contains(d.Id) && d.Status != WebhookDeliveryStatus.Pending)
                .ExecuteDeleteAsync(cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PurgeInterval, clock);
        do
        {
            try
            {
                var purged = await PurgeAsync(stoppingToken);
                if (purged > 0)
                {
                    LogPurged(purged, options.Value.DeliveryRetention);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The next tick tries again; what was not deleted is only kept a little longer.
                LogFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhooks: {Count} finished deliveries older than {Retention} deleted")]
    private partial void LogPurged(int count, TimeSpan retention);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhooks: deleting finished deliveries failed")]
    private partial void LogFailed(Exception exception);
}
