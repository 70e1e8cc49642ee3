using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZhuhaiArtisan.Application.Common.Privacy;
using ZhuhaiArtisan.Domain.Integration.WebhookDeliveries;
using ZhuhaiArtisan.Domain.Integration.WebhookEndpoints;
using ZhuhaiArtisan.Infrastructure.Persistence;

namespace ZhuhaiArtisan.Infrastructure.Webhooks;

/// <summary>
/// Sends the outbox: claims due deliveries under a lease (see <see cref="WebhookDeliveryClaimer"/>),
/// sends each, and records the attempt with the delivery's next step — done, retried later by the
/// schedule, or failed. A 410 Gone disables the endpoint. An outcome is recorded only while this
/// claim still holds the delivery; delivery is at least once, and receivers drop repeats by webhook-id.
/// </summary>
internal sealed partial class WebhookDispatcher(
    IServiceScopeFactory scopes,
    WebhookSender sender,
    IPersonalDataProtector protector,
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunDispatcher)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                claimed = await DispatchBatchAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Claimed deliveries keep their lease and are taken up again when it runs out.
                LogFailed(exception);
            }

            if (claimed == 0)
            {
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            }
        }
    }

    private async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var token = Guid.NewGuid();
        IReadOnlyList<WebhookDeliveryId> claimed;
        using (var scope = scopes.CreateScope())
        {
            var now = clock.GetUtcNow();
            claimed = await WebhookDeliveryClaimer.ClaimAsync(
                scope.ServiceProvider.GetRequiredService<AppDbContext>(), token, now, now + settings.Lease, settings.BatchSize, cancellationToken);
        }

        await Parallel.ForEachAsync(
            claimed,
            new ParallelOptions { MaxDegreeOfParallelism = settings.BatchSize, CancellationToken = cancellationToken },
            async (id, ct) => await DeliverAsync(id, token, ct));
        return claimed.Count;
    }

    private async Task DeliverAsync(WebhookDeliveryId id, Guid token, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var delivery = await db.WebhookDeliveries.SingleOrDefaultAsync(d => d.Id == id && d.ClaimToken == token, cancellationToken);
        if (delivery is null)
        {
            return;
        }

        var endpoint = await db.WebhookEndpoints.SingleOrDefaultAsync(e => e.Id == delivery.WebhookEndpointId, cancellationToken);
        var now = clock.GetUtcNow();
        if (endpoint is null || endpoint.Status != WebhookEndpointStatus.Active)
        {
            delivery.Abandon("Not sent: the endpoint is disabled.");
        }
        else
        {
            var outcome = await sender.SendAsync(endpoint.Id.Value, new Uri(endpoint.Url), delivery.Id.MessageId, delivery.Payload, SecretsOf(endpoint, now), cancellationToken);
            if (outcome.Succeeded)
            {
                delivery.RecordSuccess(now, outcome.StatusCode!.Value, outcome.Duration);
            }
            else if (outcome.Gone)
            {
                // The receiver says the endpoint is gone for good: stop sending it anything.
                delivery.RecordFailure(now, outcome.StatusCode, outcome.Duration, "410 Gone: the endpoint was disabled.", retryAt: null);
                endpoint.Disable("The receiver answered 410 Gone.", now);
                LogDisabled(endpoint.Id.Value);
            }
            else
            {
                delivery.RecordFailure(now, outcome.StatusCode, outcome.Duration, outcome.Error, WebhookRetrySchedule.NextAttempt(delivery.Attempts + 1, now, options.Value));
            }
        }

        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            // The lease ran out and another claim holds the delivery now; its outcome counts.
            LogLeaseLost(delivery.Id.MessageId);
        }
    }

    private List<string> SecretsOf(WebhookEndpoint endpoint, DateTimeOffset now)
    {
        var secrets = new List<string> { protector.Decrypt(endpoint.SecretCiphertext) };
        if (endpoint.PreviousSecretValidAt(now) is { } previous)
        {
            secrets.Add(protector.Decrypt(previous));
        }

        return secrets;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook dispatch failed; claimed deliveries are sent again when their lease runs out")]
    private partial void LogFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook endpoint {EndpointId} disabled after 410 Gone")]
    private partial void LogDisabled(Guid endpointId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery {MessageId}: lease lost before its outcome was recorded")]
    private partial void LogLeaseLost(string messageId);
}
