using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Domain.Organizations;

namespace ZhuhaiArtisan.Application.Organizations.Common;

/// <summary>Who may see which organisation: the object-level rule every organisation use case applies.</summary>
public static class OrganizationAccess
{
    public static bool CanRead(ICurrentUser user, OrganizationId id, string districtCode) =>
        user.Role switch
        {
            Roles.CityAdmin => true,
            Roles.DistrictAdmin => user.DistrictCode == districtCode,
            Roles.Enterprise or Roles.Institution => user.OrganizationId == id.Value,
            _ => false,
        };

    /// <summary>Narrows a query to the organisations the caller may see.</summary>
    public static IQueryable<Organization> VisibleTo(this IQueryable<Organization> organizations, ICurrentUser user) =>
        user.Role switch
        {
            Roles.CityAdmin => organizations,
            Roles.DistrictAdmin => organizations.Where(o => o.DistrictCode == user.DistrictCode),
            Roles.Enterprise or Roles.Institution when user.OrganizationId is { } own =>
                organizations.Where(o => o.Id == new OrganizationId(own)),
            _ => organizations.Where(o => false),
        };
}
