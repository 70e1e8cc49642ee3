using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.Talents.TalentImports;

namespace ZhuhaiArtisan.Application.Talents.Common;

/// <summary>Who may import talents, and who may follow an import: the city all; an organisation its own.</summary>
public static class TalentImportAccess
{
    public static bool MayImport(ICurrentUser user) =>
        user.Role == Roles.CityAdmin
        || (user.Role is Roles.Enterprise or Roles.Institution && user.OrganizationId is not null);

    public static IQueryable<TalentImport> VisibleTo(this IQueryable<TalentImport> imports, ICurrentUser user)
    {
        if (user.IsInRole(Roles.CityAdmin))
        {
            return imports;
        }

        if (user.Role is Roles.Enterprise or Roles.Institution && user.OrganizationId is { } own)
        {
            var organization = new OrganizationId(own);
            return imports.Where(i => i.Provenance.RecordedByOrganization == organization);
        }

        return imports.Where(i => false);
    }
}
