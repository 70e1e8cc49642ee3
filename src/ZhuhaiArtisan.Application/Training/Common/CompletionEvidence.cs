using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Talents.SkillCertificates;
using ZhuhaiArtisan.Domain.Training.Enrolments;
using ZhuhaiArtisan.Domain.Training.TrainingClasses;

namespace ZhuhaiArtisan.Application.Training.Common;

public static class CompletionEvidence
{
    /// <summary>What a completion is matched against: the talent's enrolment in the class, and the certificate named (whoever's it is).</summary>
    public static async Task<(Enrolment? Enrolment, SkillCertificate? Certificate, SkillCertificateId? CertificateId)> CompletionEvidenceAsync(
        this IApplicationDbContext db, TrainingClassId classId, TalentId talentId, Guid? certificateId, CancellationToken cancellationToken)
    {
        var enrolment = await db.Enrolments.AsNoTracking().SingleOrDefaultAsync(e => e.ClassId == classId && e.TalentId == talentId, cancellationToken);
        if (certificateId is not { } id)
        {
            return (enrolment, null, null);
        }

        var certificate = new SkillCertificateId(id);
        return (enrolment, await db.SkillCertificates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == certificate, cancellationToken), certificate);
    }
}
