using Mediator;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Integration.Common;
using ZhuhaiArtisan.Domain.Integration.WebhookDeliveries;

namespace ZhuhaiArtisan.Application.Integration.ListWebhookDeliveries;

public sealed record ListWebhookDeliveriesQuery(Guid EndpointId, WebhookDeliveryStatus? Status, int? Limit, string? Cursor)
    : IQuery<Page<WebhookDeliveryDto>>;
