using ZhuhaiArtisan.Application.Integration.Common;

namespace ZhuhaiArtisan.Application.Integration.GetWebhookDelivery;

/// <param name="Payload">The body as sent (JSON text), so a receiver can check what it missed.</param>
/// <param name="AttemptLog">Every attempt, redeliveries included, oldest first.</param>
public sealed record WebhookDeliveryDetailsDto(WebhookDeliveryDto Delivery, string Payload, IReadOnlyList<WebhookDeliveryAttemptDto> AttemptLog);
