using Mediator;

namespace ZhuhaiArtisan.Application.Integration.GetWebhookDelivery;

public sealed record GetWebhookDeliveryQuery(Guid Id) : IQuery<WebhookDeliveryDetailsDto>;
