using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.Talents;

namespace ZhuhaiArtisan.Application.Talents.Common;

/// <summary>What every use case that records something on a talent needs first.</summary>
public static class TalentRecordKeeping
{
    /// <summary>The talent, if the caller may see it; otherwise 404, as for a missing one.</summary>
    public static async Task<Talent> FindVisibleTalentAsync(this IApplicationDbContext db, ICurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        var talentId = new TalentId(id);
        return await db.Talents.AsNoTracking().VisibleTo(user, db).SingleOrDefaultAsync(t => t.Id == talentId, cancellationToken)
               ?? throw NotFoundException.For("talent", id);
    }

    public static Provenance ProvenanceOf(ICurrentUser user, LegalBasis basis, DateTimeOffset now) =>
        new(user.Actor, user.Role, user.OrganizationId is { } org ? new OrganizationId(org) : null, basis, now);

    /// <summary>The legal basis a record made by this caller rests on.</summary>
    public static LegalBasis LegalBasisOf(ICurrentUser user) => user.Role switch
    {
        Roles.Enterprise => LegalBasis.HumanResourcesManagement,
        Roles.Institution => LegalBasis.ContractPerformance,
        Roles.Talent => LegalBasis.Consent,
        _ => LegalBasis.StatutoryDuty,
    };
}
