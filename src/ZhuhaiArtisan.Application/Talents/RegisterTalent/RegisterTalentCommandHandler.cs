using FluentValidation;
using FluentValidation.Results;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Privacy;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Talents.Common;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Talents.IdentityDocuments;

namespace ZhuhaiArtisan.Application.Talents.RegisterTalent;

public sealed class RegisterTalentCommandHandler(IApplicationDbContext db, ICurrentUser user, IPersonalDataProtector protector, TimeProvider clock)
    : ICommandHandler<RegisterTalentCommand, TalentDto>
{
    private static readonly OrganizationType[] SchoolTypes =
        [OrganizationType.VocationalCollege, OrganizationType.TechnicalSchool, OrganizationType.TrainingInstitution];

    public async ValueTask<TalentDto> Handle(RegisterTalentCommand command, CancellationToken cancellationToken)
    {
        var (legalBasis, employerId, schoolId, accountSubject) = await WhoRegistersAsync(command, cancellationToken);
        var failures = new List<ValidationFailure>();
        if (!await db.Districts.AnyAsync(d => d.Code == command.ResidenceDistrictCode, cancellationToken))
        {
            failures.Add(new ValidationFailure("residenceDistrictCode", "Unknown district code; see GET /api/v1/districts."));
        }

        if (employerId is { } employer && !await db.Organizations.AnyAsync(o => o.Id == employer, cancellationToken))
        {
            failures.Add(new ValidationFailure("employerId", "No such organisation."));
        }

        if (schoolId is { } school && !await db.Organizations.AnyAsync(o => o.Id == school && SchoolTypes.Contains(o.Type), cancellationToken))
        {
            failures.Add(new ValidationFailure("schoolId", "No such college, technical school or training institution."));
        }

        var wishes = (command.Wishes ?? new JobWishesInput(null, null, null, null, null)).ToJobWishes();
        await CheckWishedCodesExistAsync(wishes, failures, cancellationToken);
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        var type = command.DocumentType!.Value;
        var number = IdentityDocumentRules.Normalize(command.IdentityNumber!);
        var hash = TalentIdentity.Hash(protector, type, number);
        if (await db.Talents.AnyAsync(t => t.IdentityNumberHash == hash, cancellationToken))
        {
            throw new ConflictException("talent.duplicate_identity", "A talent with this identity document is already registered.");
        }

        var now = clock.GetUtcNow();
        var talent = TalentRegistration.NewTalent(
            command, type, number, hash, employerId, schoolId, accountSubject, protector,
            new Provenance(user.Actor, user.Role, user.OrganizationId is { } org ? new OrganizationId(org) : null, legalBasis, now));

        db.Talents.Add(talent);
        await db.SaveChangesAsync(cancellationToken);
        return talent.Adapt<TalentDto>();
    }

    private async Task<(LegalBasis, OrganizationId?, OrganizationId?, string?)> WhoRegistersAsync(RegisterTalentCommand command, CancellationToken cancellationToken)
    {
        OrganizationId? Given(Guid? id) => id is { } value ? new OrganizationId(value) : null;
        switch (user.Role)
        {
            case Roles.CityAdmin:
                return (LegalBasis.StatutoryDuty, Given(command.EmployerId), Given(command.SchoolId), null);
            case Roles.Enterprise when user.OrganizationId is { } own:
                // An enterprise registers its own employees, never another's.
                if (command.EmployerId is { } employer && employer != own)
                {
                    throw new ForbiddenAccessException("An enterprise registers only its own employees.");
                }

                return (LegalBasis.HumanResourcesManagement, new OrganizationId(own), Given(command.SchoolId), null);
            case Roles.Institution when user.OrganizationId is { } own:
                if (command.SchoolId is { } school && school != own)
                {
                    throw new ForbiddenAccessException("A college or institution registers only its own students.");
                }

                return (LegalBasis.ContractPerformance, Given(command.EmployerId), new OrganizationId(own), null);
            case Roles.Talent:
                if (await db.Talents.OwnedBy(user).AnyAsync(cancellationToken))
                {
                    throw new ConflictException("talent.already_registered", "You are already registered; correct your record instead.");
                }

                return (LegalBasis.Consent, Given(command.EmployerId), Given(command.SchoolId), user.Actor);
            default:
                throw new ForbiddenAccessException("This caller does not register talents.");
        }
    }

    private async Task CheckWishedCodesExistAsync(Domain.Talents.JobWishes wishes, List<ValidationFailure> failures, CancellationToken cancellationToken)
    {
        if (wishes.OccupationCodes.Count > 0)
        {
            var codes = wishes.OccupationCodes.ToList();
            var known = await db.Occupations.Where(o => codes.Contains(o.Code)).Select(o => o.Code).ToListAsync(cancellationToken);
            foreach (var unknown in codes.Except(known))
            {
                failures.Add(new ValidationFailure("wishes.occupationCodes", $"Unknown occupation code {unknown}."));
            }
        }

        if (wishes.DistrictCodes.Count > 0)
        {
            var codes = wishes.DistrictCodes.ToList();
            var known = await db.Districts.Where(d => codes.Contains(d.Code)).Select(d => d.Code).ToListAsync(cancellationToken);
            foreach (var unknown in codes.Except(known))
            {
                failures.Add(new ValidationFailure("wishes.districtCodes", $"Unknown district code {unknown}."));
            }
        }
    }
}
