using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Domain.Access.PartnerClients;

namespace ZhuhaiArtisan.Application.Common.Security;

public static class CallerGuards
{
    /// <summary>
    /// The use case's own check of who may run it: the edge's policies are a first gate, not the
    /// only one (DESIGN §1: checked in the Application layer).
    /// </summary>
    public static void EnsureCityAdmin(this ICurrentUser user, string action)
    {
        if (!user.IsInRole(Roles.CityAdmin))
        {
            throw new ForbiddenAccessException($"Only the city {action}.");
        }
    }

    /// <summary>The partner client calling, or null for anyone else.</summary>
    public static PartnerClientId? PartnerOf(this ICurrentUser user) =>
        user.IsInRole(Roles.Partner) && user.ClientId is { } client ? new PartnerClientId(client) : null;
}
