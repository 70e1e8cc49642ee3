using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Domain.Access.PartnerClients;
using ZhuhaiArtisan.Domain.Integration.WebhookDeliveries;
using ZhuhaiArtisan.Domain.Integration.WebhookEndpoints;

namespace ZhuhaiArtisan.Application.Integration.PublishWebhookEvents;

/// <summary>
/// The outbox itself: one <see cref="WebhookDelivery"/> per endpoint that wants the event, added
/// to the saving unit of work. The body is fixed here, once, so every attempt sends the same bytes.
/// </summary>
public sealed class WebhookOutbox(IApplicationDbContext db, TimeProvider clock) : IWebhookOutbox
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    private List<WebhookEndpoint>? _active;

    public async Task EnqueueAsync(string eventType, object data, DateTimeOffset occurredAt, PartnerClientId? onlyFor, CancellationToken cancellationToken)
    {
        if (!WebhookEventTypes.IsKnown(eventType))
        {
            throw new ArgumentOutOfRangeException(nameof(eventType), eventType, "Not a webhook event type.");
        }

        // Few endpoints exist (a handful per partner): they are read once per unit of work — a push
        // of 10,000 completions raises 10,000 events — and the subscription is checked in memory,
        // the same way on every provider.
        _active ??= await db.WebhookEndpoints.AsNoTracking().Where(e => e.Status == WebhookEndpointStatus.Active).ToListAsync(cancellationToken);
        var subscribed = _active.Where(e => (onlyFor is not { } client || e.PartnerClientId == client) && e.IsSubscribedTo(eventType)).ToList();
        if (subscribed.Count == 0)
        {
            return;
        }

        var payload = JsonSerializer.Serialize(new WebhookPayload(eventType, occurredAt.ToUniversalTime(), data), Json);
        var now = clock.GetUtcNow();
        foreach (var endpoint in subscribed)
        {
            db.WebhookDeliveries.Add(WebhookDelivery.Enqueue(WebhookDeliveryId.New(), endpoint.Id, eventType, payload, now));
        }
    }

    /// <summary>The body of every delivery, as Standard Webhooks recommends: type, timestamp, data.</summary>
    private sealed record WebhookPayload(string Type, DateTimeOffset Timestamp, object Data);
}
