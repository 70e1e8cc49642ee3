using System.Linq.Expressions;
using ZhuhaiArtisan.Domain.Integration.WebhookDeliveries;

namespace ZhuhaiArtisan.Application.Integration.Common;

/// <param name="MessageId">The <c>webhook-id</c> header of every attempt of this delivery.</param>
/// <param name="Attempts">Attempts since the delivery was created or last redelivered.</param>
/// <param name="NextAttemptAt">When it is tried next; null once it succeeded or failed for good.</param>
public sealed record WebhookDeliveryDto(
    Guid Id,
    Guid EndpointId,
    string MessageId,
    string EventType,
    WebhookDeliveryStatus Status,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastAttemptAt,
    int? LastStatusCode,
    string? LastError,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? DeliveredAt)
{
    /// <summary>The columns a listing reads: the payload stays in the database.</summary>
    public static readonly Expression<Func<WebhookDelivery, WebhookDeliveryDto>> Projection = delivery => new WebhookDeliveryDto(
        delivery.Id.Value,
        delivery.WebhookEndpointId.Value,
        delivery.Id.MessageId,
        delivery.EventType,
        delivery.Status,
        delivery.Attempts,
        delivery.CreatedAt,
        delivery.LastAttemptAt,
        delivery.LastStatusCode,
        delivery.LastError,
        delivery.NextAttemptAt,
        delivery.DeliveredAt);

    private static readonly Func<WebhookDelivery, WebhookDeliveryDto> FromDelivery = Projection.Compile();

    public static WebhookDeliveryDto Of(WebhookDelivery delivery) => FromDelivery(delivery);
}
