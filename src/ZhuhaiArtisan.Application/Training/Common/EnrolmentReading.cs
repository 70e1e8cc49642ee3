using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Domain.Training.Enrolments;
using ZhuhaiArtisan.Domain.Training.TrainingClasses;

namespace ZhuhaiArtisan.Application.Training.Common;

public static class EnrolmentReading
{
    /// <summary>
    /// Enrolments with their talent's name and masked identity number, read in one query, in
    /// enrolment order; at most <paramref name="take"/> of them.
    /// </summary>
    public static IQueryable<EnrolmentDto> WithTalent(this IQueryable<Enrolment> enrolments, IApplicationDbContext db, int? take = null)
    {
        var joined =
            from e in enrolments
            join t in db.Talents on e.TalentId equals t.Id
            orderby e.Id
            select new { Enrolment = e, t.Name, t.IdentityNumber.Masked };
        if (take is { } count)
        {
            joined = joined.Take(count);
        }

        return joined.Select(x => EnrolmentDto.Of(x.Enrolment, x.Name, x.Masked));
    }

    /// <summary>An enrolment of the class, tracked for a change; 404 when the class has none with this id.</summary>
    public static async Task<Enrolment> FindEnrolmentAsync(this IApplicationDbContext db, TrainingClassId classId, Guid id, CancellationToken cancellationToken)
    {
        var enrolmentId = new EnrolmentId(id);
        return await db.Enrolments.SingleOrDefaultAsync(e => e.Id == enrolmentId && e.ClassId == classId, cancellationToken)
               ?? throw NotFoundException.For("enrolment", id);
    }
}
