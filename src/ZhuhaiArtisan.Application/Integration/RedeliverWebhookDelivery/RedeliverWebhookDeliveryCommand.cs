using Mediator;
using ZhuhaiArtisan.Application.Integration.Common;

namespace ZhuhaiArtisan.Application.Integration.RedeliverWebhookDelivery;

public sealed record RedeliverWebhookDeliveryCommand(Guid Id) : ICommand<WebhookDeliveryDto>;
