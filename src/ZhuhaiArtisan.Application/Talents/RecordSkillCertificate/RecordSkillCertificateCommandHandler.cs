using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Talents.Common;
using ZhuhaiArtisan.Application.Talents.GetTalentSkills;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.ReferenceData.SkillLevels;
using ZhuhaiArtisan.Domain.Talents.SkillCertificates;

namespace ZhuhaiArtisan.Application.Talents.RecordSkillCertificate;

public sealed class RecordSkillCertificateCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RecordSkillCertificateCommand, SkillCertificateDto>
{
    public async ValueTask<SkillCertificateDto> Handle(RecordSkillCertificateCommand command, CancellationToken cancellationToken)
    {
        var route = command.Route!.Value;
        var recognizedBy = await CheckCallerMayRecordAsync(route, cancellationToken);
        var talent = await db.FindVisibleTalentAsync(user, command.TalentId, cancellationToken);

        if (!await db.Occupations.AnyAsync(o => o.Code == command.OccupationCode, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure("occupationCode", "Unknown occupation code; see GET /api/v1/occupations.")]);
        }

        // One spelling per number, whatever the database's collation: numbers are kept in capitals.
        var number = command.CertificateNumber!.ToUpperInvariant();
        if (await db.SkillCertificates.AnyAsync(c => c.CertificateNumber == number, cancellationToken))
        {
            throw new ConflictException("certificate.duplicate_number", "A certificate with this number is already recorded.");
        }

        var heldLevels = await db.SkillCertificates
            .Where(c => c.TalentId == talent.Id && c.OccupationCode == command.OccupationCode)
            .Select(c => c.SkillLevelCode)
            .ToListAsync(cancellationToken);
        var previous = heldLevels.Select(SkillLevel.FindByCode).OfType<SkillLevel>().MaxBy(l => l.Rank);

        var now = clock.GetUtcNow();
        var certificate = SkillCertificate.Record(
            SkillCertificateId.New(),
            talent.Id,
            command.OccupationCode!,
            SkillLevel.FindByCode(command.SkillLevel)!,
            number,
            command.IssuingBody!.Trim(),
            command.IssuedOn!.Value,
            route,
            recognizedBy,
            previous,
            TalentRecordKeeping.ProvenanceOf(user, TalentRecordKeeping.LegalBasisOf(user), now));
        db.SkillCertificates.Add(certificate);
        await db.SaveChangesAsync(cancellationToken);
        return SkillCertificateDto.Of(certificate);
    }

    private async Task<OrganizationId?> CheckCallerMayRecordAsync(CertificationRoute route, CancellationToken cancellationToken)
    {
        switch (user.Role)
        {
            case Roles.CityAdmin when route != CertificationRoute.EnterpriseSelfRecognition:
                return null;
            case Roles.Institution when route == CertificationRoute.College1PlusX:
                return null;
            case Roles.Enterprise when route == CertificationRoute.EnterpriseSelfRecognition && user.OrganizationId is { } own:
                var enterpriseId = new OrganizationId(own);
                // Self-recognition decides subsidies: only enterprises the city has labelled may do it.
                var mayRecognise = await db.Organizations.AnyAsync(
                    o => o.Id == enterpriseId && (o.Labels.IsKeyIndustryEnterprise || o.Labels.IsKeyIndustryInnovationEmployer),
                    cancellationToken);
                return mayRecognise
                    ? enterpriseId
                    : throw new ForbiddenAccessException("Only a key-industry enterprise recognises its employees' levels itself.");
            default:
                throw new ForbiddenAccessException(
                    "The city records certificates; an enterprise records its employees' self-recognised levels; a college its students' 1+X certificates.");
        }
    }
}
