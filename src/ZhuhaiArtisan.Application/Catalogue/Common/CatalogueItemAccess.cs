using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;
using ZhuhaiArtisan.Domain.Organizations;

namespace ZhuhaiArtisan.Application.Catalogue.Common;

/// <summary>
/// Who may touch which catalogue item: an institution its own items, the city every item, no one
/// else any. Another institution's item answers 404, exactly like a missing one.
/// </summary>
public static class CatalogueItemAccess
{
    public static IQueryable<CatalogueItem> VisibleTo(this IQueryable<CatalogueItem> items, ICurrentUser user) =>
        user.Role switch
        {
            Roles.CityAdmin => items,
            Roles.Institution when user.OrganizationId is { } own => items.Where(i => i.InstitutionId == new OrganizationId(own)),
            _ => items.Where(i => false),
        };

    public static void EnsureMayUseItems(this ICurrentUser user)
    {
        if (!user.IsInRole(Roles.CityAdmin) && !user.IsInRole(Roles.Institution))
        {
            throw new ForbiddenAccessException("Catalogue items are for institutions and the city.");
        }
    }

    /// <summary>Drafting, editing and submitting are the institution's own acts; the city reviews, it does not write items.</summary>
    public static void EnsureInstitution(this ICurrentUser user, string action)
    {
        if (!user.IsInRole(Roles.Institution) || user.OrganizationId is null)
        {
            throw new ForbiddenAccessException($"Only the institution offering the item {action}.");
        }
    }

    public static async Task<CatalogueItem> FindVisibleCatalogueItemAsync(this IApplicationDbContext db, ICurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        var itemId = new CatalogueItemId(id);
        return await db.CatalogueItems.VisibleTo(user).SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken)
               ?? throw NotFoundException.For("catalogue_item", id);
    }

    /// <summary>The organisation an item belongs to, for the rules that look at its type and qualification.</summary>
    public static async Task<Organization> InstitutionOfAsync(this IApplicationDbContext db, OrganizationId institutionId, CancellationToken cancellationToken) =>
        await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == institutionId, cancellationToken)
        ?? throw new ForbiddenAccessException("The organisation is not registered.");
}
