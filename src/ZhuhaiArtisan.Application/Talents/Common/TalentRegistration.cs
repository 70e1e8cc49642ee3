using ZhuhaiArtisan.Application.Common.Privacy;
using ZhuhaiArtisan.Application.Talents.RegisterTalent;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Talents.IdentityDocuments;

namespace ZhuhaiArtisan.Application.Talents.Common;

/// <summary>A checked registration made into a talent, the same way whether it came alone or in an import.</summary>
public static class TalentRegistration
{
    public static Talent NewTalent(
        RegisterTalentCommand registration,
        IdentityDocumentType type,
        string normalizedNumber,
        string identityHash,
        OrganizationId? employerId,
        OrganizationId? schoolId,
        string? accountSubject,
        IPersonalDataProtector protector,
        Provenance provenance) =>
        Talent.Register(
            TalentId.New(),
            registration.Name!,
            type,
            new ProtectedValue(protector.Encrypt(normalizedNumber), Mask.IdentityNumber(normalizedNumber)),
            identityHash,
            IdentityDocumentRules.BirthDateOf(type, normalizedNumber),
            new ProtectedValue(protector.Encrypt(registration.Phone!), Mask.Phone(registration.Phone)),
            registration.ResidenceDistrictCode!,
            registration.Origin!.Value,
            employerId,
            schoolId,
            schoolId is null ? null : registration.Major?.Trim(),
            schoolId is null ? null : registration.GraduationDate,
            (registration.Wishes ?? new JobWishesInput(null, null, null, null, null)).ToJobWishes(),
            registration.ConsentsToMatching ?? false,
            accountSubject,
            provenance);
}
