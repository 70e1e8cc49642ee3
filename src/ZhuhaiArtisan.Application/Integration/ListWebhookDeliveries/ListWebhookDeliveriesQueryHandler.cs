using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Integration.Common;
using ZhuhaiArtisan.Domain.Integration.WebhookDeliveries;
using ZhuhaiArtisan.Domain.Integration.WebhookEndpoints;

namespace ZhuhaiArtisan.Application.Integration.ListWebhookDeliveries;

/// <summary>An endpoint's deliveries, newest first.</summary>
public sealed class ListWebhookDeliveriesQueryHandler(IApplicationDbContext db, ICurrentUser user, ICursorCodec cursors)
    : IQueryHandler<ListWebhookDeliveriesQuery, Page<WebhookDeliveryDto>>
{
    private const string ListName = "webhook-deliveries";

    public async ValueTask<Page<WebhookDeliveryDto>> Handle(ListWebhookDeliveriesQuery query, CancellationToken cancellationToken)
    {
        user.EnsureMayReadWebhooks();
        var endpointId = new WebhookEndpointId(query.EndpointId);
        if (!await db.WebhookEndpoints.VisibleTo(user).AnyAsync(e => e.Id == endpointId, cancellationToken))
        {
            throw NotFoundException.For("webhook_endpoint", query.EndpointId);
        }

        var limit = PageLimits.Resolve(query.Limit);
        var after = cursors.DecodeIdPosition(ListName, query.Cursor);
        var deliveries = db.WebhookDeliveries.AsNoTracking().Where(d => d.WebhookEndpointId == endpointId);
        if (query.Status is { } status)
        {
            deliveries = deliveries.Where(d => d.Status == status);
        }

        if (after is { } afterGuid)
        {
            var afterId = new WebhookDeliveryId(afterGuid);
            deliveries = deliveries.Where(d => d.Id < afterId);
        }

        var rows = await deliveries.OrderByDescending(d => d.Id).Take(limit + 1).Select(WebhookDeliveryDto.Projection).ToListAsync(cancellationToken);
        return cursors.ToPage(ListName, rows, limit, d => d.Id.ToString("N"));
    }
}
