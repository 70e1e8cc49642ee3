using System.Security.Cryptography;
using System.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Domain.ReferenceData.SkillLevels;

namespace ZhuhaiArtisan.Application.Talents.VerifyCertificate;

public sealed class VerifyCertificateQueryHandler(IApplicationDbContext db) : IQueryHandler<VerifyCertificateQuery, CertificateVerificationDto>
{
    private static readonly CertificateVerificationDto NotVerified = new(false, null);

    public async ValueTask<CertificateVerificationDto> Handle(VerifyCertificateQuery query, CancellationToken cancellationToken)
    {
        // Numbers are recorded in capitals; a verifier may type them in either case.
        var number = query.CertificateNumber!.Trim().ToUpperInvariant();
        // One indexed query whatever the outcome, and a fixed-time name comparison even when
        // nothing was found, so that neither the answer nor its timing tells the cases apart.
        var found = await (
                from certificate in db.SkillCertificates.AsNoTracking()
                join talent in db.Talents.AsNoTracking() on certificate.TalentId equals talent.Id
                join occupation in db.Occupations.AsNoTracking() on certificate.OccupationCode equals occupation.Code
                where certificate.CertificateNumber == number
                select new
                {
                    talent.Name,
                    certificate.OccupationCode,
                    OccupationName = occupation.NameZh,
                    certificate.SkillLevelCode,
                    certificate.IssuedOn,
                    certificate.IssuingBody,
                })
            .SingleOrDefaultAsync(cancellationToken);

        var namesMatch = SameName(found?.Name ?? string.Empty, query.Name!.Trim());
        if (found is null || !namesMatch)
        {
            return NotVerified;
        }

        var level = SkillLevel.FindByCode(found.SkillLevelCode)!;
        return new CertificateVerificationDto(true, new VerifiedCertificateDto(
            found.OccupationCode, found.OccupationName, level.Code, level.NameZh, found.IssuedOn, found.IssuingBody));
    }

    private static bool SameName(string stored, string given) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(stored)),
            SHA256.HashData(Encoding.UTF8.GetBytes(given)));
}
