using System.Security.Cryptography;
using System.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Domain.ReferenceData.Occupations;
using ZhuhaiArtisan.Domain.ReferenceData.SkillLevels;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Talents.SkillCertificates;

namespace ZhuhaiArtisan.Application.Talents.VerifyCertificate;

public sealed class VerifyCertificateQueryHandler(IApplicationDbContext db) : IQueryHandler<VerifyCertificateQuery, CertificateVerificationDto>
{
    private static readonly CertificateVerificationDto NotVerified = new(false, null);

    // One indexed query whatever the outcome (compiled once: anyone may verify, and often).
    private static readonly CompiledQuery<Func<DbContext, string, CancellationToken, Task<RecordedCertificate?>>> FindByNumber = new(() =>
        EF.CompileAsyncQuery((DbContext db, string number, CancellationToken cancellationToken) =>
            (from certificate in db.Set<SkillCertificate>()
             join talent in db.Set<Talent>() on certificate.TalentId equals talent.Id
             join occupation in db.Set<Occupation>() on certificate.OccupationCode equals occupation.Code
             where certificate.CertificateNumber == number
             select new RecordedCertificate(
                 talent.Name,
                 certificate.OccupationCode,
                 occupation.NameZh,
                 certificate.SkillLevelCode,
                 certificate.IssuedOn,
                 certificate.IssuingBody))
            .SingleOrDefault()));

    public async ValueTask<CertificateVerificationDto> Handle(VerifyCertificateQuery query, CancellationToken cancellationToken)
    {
        // Numbers are recorded in capitals; a verifier may type them in either case.
        var number = query.CertificateNumber!.Trim().ToUpperInvariant();
        // A fixed-time name comparison even when nothing was found, so that neither the answer nor
        // its timing tells the cases apart.
        var context = db.ForCompiledQueries();
        var found = await FindByNumber.For(context)(context, number, cancellationToken);

        var namesMatch = SameName(found?.HolderName ?? string.Empty, query.Name!.Trim());
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
