using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.Training.TrainingClasses;

namespace ZhuhaiArtisan.Application.Training.Common;

/// <summary>
/// Who sees which class, and so its enrolments, attendance and completions: an institution its
/// own classes; 技行珠海 the classes it opened and those of online items; a district its
/// institutions' classes; the city all. Anyone else sees none, and a class one may not see
/// answers 404, exactly like a missing one.
/// </summary>
public static class TrainingAccess
{
    public static IQueryable<TrainingClass> VisibleTo(this IQueryable<TrainingClass> classes, IApplicationDbContext db, ICurrentUser user)
    {
        switch (user.Role)
        {
            case Roles.CityAdmin:
                return classes;
            case Roles.DistrictAdmin when user.DistrictCode is { } district:
                return classes.Where(c => db.Organizations.Any(o => o.Id == c.InstitutionId && o.DistrictCode == district));
            case Roles.Institution when user.OrganizationId is { } own:
                var institutionId = new OrganizationId(own);
                return classes.Where(c => c.InstitutionId == institutionId);
            case Roles.Partner when user.PartnerOf() is { } partnerId:
                return classes.Where(c => c.OpenedByPartner == partnerId || c.DeliveryMode == DeliveryMode.Online);
            default:
                return classes.Where(c => false);
        }
    }

    /// <summary>Reading training records is for the city, districts, institutions and the partner.</summary>
    public static void EnsureMayReadTraining(this ICurrentUser user)
    {
        if (!user.IsInRole(Roles.CityAdmin) && !user.IsInRole(Roles.DistrictAdmin) && !user.IsInRole(Roles.Institution) && !user.IsInRole(Roles.Partner))
        {
            throw new ForbiddenAccessException("Training records are for the city, districts, institutions and 技行珠海.");
        }
    }

    /// <summary>Classes, enrolments, attendance and completions are recorded by the institution that trains, or by 技行珠海.</summary>
    public static void EnsureMayRecordTraining(this ICurrentUser user, string action)
    {
        if (!(user.IsInRole(Roles.Institution) && user.OrganizationId is not null) && !(user.IsInRole(Roles.Partner) && user.ClientId is not null))
        {
            throw new ForbiddenAccessException($"Only the training institution or 技行珠海 {action}.");
        }
    }

    public static async Task<TrainingClass> FindVisibleClassAsync(this IApplicationDbContext db, ICurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        var classId = new TrainingClassId(id);
        return await db.TrainingClasses.AsNoTracking().VisibleTo(db, user).SingleOrDefaultAsync(c => c.Id == classId, cancellationToken)
               ?? throw NotFoundException.For("training_class", id);
    }
}
