using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Integration.Common;
using ZhuhaiArtisan.Domain.Access.PartnerClients;
using ZhuhaiArtisan.Domain.Integration.WebhookEndpoints;

namespace ZhuhaiArtisan.Application.Integration.ListWebhookEndpoints;

public sealed class ListWebhookEndpointsQueryHandler(IApplicationDbContext db, ICurrentUser user, ICursorCodec cursors)
    : IQueryHandler<ListWebhookEndpointsQuery, Page<WebhookEndpointDto>>
{
    private const string ListName = "webhook-endpoints";

    public async ValueTask<Page<WebhookEndpointDto>> Handle(ListWebhookEndpointsQuery query, CancellationToken cancellationToken)
    {
        user.EnsureMayReadWebhooks();
        var limit = PageLimits.Resolve(query.Limit);
        var after = cursors.DecodeIdPosition(ListName, query.Cursor);

        var endpoints = db.WebhookEndpoints.AsNoTracking().VisibleTo(user);
        if (query.Client is { } client)
        {
            endpoints = endpoints.Where(e => e.PartnerClientId == new PartnerClientId(client));
        }

        if (after is { } afterGuid)
        {
            var afterId = new WebhookEndpointId(afterGuid);
            endpoints = endpoints.Where(e => e.Id > afterId);
        }

        var rows = await endpoints.OrderBy(e => e.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var page = cursors.ToPage(ListName, rows, limit, e => e.Id.Value.ToString("N"));
        return new Page<WebhookEndpointDto>(page.Items.Select(WebhookEndpointDto.Of).ToList(), page.NextCursor);
    }
}
