using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.Talents;

namespace ZhuhaiArtisan.Application.Talents.Common;

/// <summary>
/// Who may see which talent: the person themself; their employer; their school, and an institution
/// the trainees enrolled in its classes; the district they live in; the city. (Referred candidates
/// widen this when matching exists.)
/// </summary>
public static class TalentAccess
{
    /// <summary>
    /// Whether the caller sees talents by where they live alone: the whole city (<paramref name="district"/>
    /// null) or one district. Such a caller's lists need no other rule.
    /// </summary>
    public static bool SeesByResidence(this ICurrentUser user, out string? district)
    {
        district = user.Role == Roles.DistrictAdmin ? user.DistrictCode : null;
        return user.Role == Roles.CityAdmin || district is not null;
    }

    public static IQueryable<Talent> VisibleTo(this IQueryable<Talent> talents, ICurrentUser user, IApplicationDbContext db)
    {
        if (user.SeesByResidence(out var residence))
        {
            return residence is null ? talents : talents.Where(t => t.ResidenceDistrictCode == residence);
        }

        switch (user.Role)
        {
            case Roles.Enterprise when user.OrganizationId is { } employer:
                var employerId = new OrganizationId(employer);
                return talents.Where(t => t.EmployerId == employerId);
            case Roles.Institution when user.OrganizationId is { } school:
                var schoolId = new OrganizationId(school);
                var trainees = db.Enrolments
                    .Where(e => db.TrainingClasses.Any(c => c.Id == e.ClassId && c.InstitutionId == schoolId))
                    .Select(e => e.TalentId);
                return talents.Where(t => t.SchoolId == schoolId || trainees.Contains(t.Id));
            case Roles.Talent:
                return talents.OwnedBy(user);
            default:
                return talents.Where(t => false);
        }
    }

    /// <summary>The caller's own record: by the talent claim of their token, or by their sign-in subject.</summary>
    public static IQueryable<Talent> OwnedBy(this IQueryable<Talent> talents, ICurrentUser user)
    {
        if (!user.IsInRole(Roles.Talent))
        {
            return talents.Where(t => false);
        }

        if (user.TalentId is { } own)
        {
            var id = new TalentId(own);
            return talents.Where(t => t.Id == id);
        }

        var subject = user.Actor;
        return talents.Where(t => t.AccountSubject == subject);
    }
}
