using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Domain.Access.PartnerClients;
using ZhuhaiArtisan.Domain.Integration.WebhookEndpoints;

namespace ZhuhaiArtisan.Application.Integration.Common;

/// <summary>
/// Who may see and change which webhook endpoint: a partner its own, the city every one (read
/// only). Another partner's endpoint answers 404, exactly like a missing one.
/// </summary>
public static class WebhookAccess
{
    public static IQueryable<WebhookEndpoint> VisibleTo(this IQueryable<WebhookEndpoint> endpoints, ICurrentUser user) =>
        user.Role switch
        {
            Roles.CityAdmin => endpoints,
            Roles.Partner when user.PartnerOf() is { } own => endpoints.Where(e => e.PartnerClientId == own),
            _ => endpoints.Where(e => false),
        };

    public static void EnsureMayReadWebhooks(this ICurrentUser user)
    {
        if (!user.IsInRole(Roles.CityAdmin) && !user.IsInRole(Roles.Partner))
        {
            throw new ForbiddenAccessException("Webhooks are for partner clients and the city.");
        }
    }

    /// <summary>The calling partner's own client id; anyone else may not change webhooks.</summary>
    public static PartnerClientId EnsurePartner(this ICurrentUser user) =>
        user.PartnerOf() ?? throw new ForbiddenAccessException("Only a partner client manages its webhook endpoints.");

    /// <summary>The calling partner's endpoint, tracked for a change.</summary>
    public static async Task<WebhookEndpoint> OwnEndpointAsync(this IApplicationDbContext db, ICurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        var client = user.EnsurePartner();
        var endpointId = new WebhookEndpointId(id);
        return await db.WebhookEndpoints.SingleOrDefaultAsync(e => e.Id == endpointId && e.PartnerClientId == client, cancellationToken)
               ?? throw NotFoundException.For("webhook_endpoint", id);
    }
}
