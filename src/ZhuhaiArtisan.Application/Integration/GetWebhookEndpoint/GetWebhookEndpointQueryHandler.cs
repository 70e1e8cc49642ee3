using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Integration.Common;
using ZhuhaiArtisan.Domain.Integration.WebhookEndpoints;

namespace ZhuhaiArtisan.Application.Integration.GetWebhookEndpoint;

public sealed class GetWebhookEndpointQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<GetWebhookEndpointQuery, WebhookEndpointDto>
{
    public async ValueTask<WebhookEndpointDto> Handle(GetWebhookEndpointQuery query, CancellationToken cancellationToken)
    {
        user.EnsureMayReadWebhooks();
        var id = new WebhookEndpointId(query.Id);
        var endpoint = await db.WebhookEndpoints.AsNoTracking().VisibleTo(user).SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
                       ?? throw NotFoundException.For("webhook_endpoint", query.Id);
        return WebhookEndpointDto.Of(endpoint);
    }
}
