using ZhuhaiArtisan.Domain.Common;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.Talents.Events;
using ZhuhaiArtisan.Domain.Talents.IdentityDocuments;

namespace ZhuhaiArtisan.Domain.Talents;

/// <summary>
/// A skilled worker or student: who they are (their identity document, stored protected), where
/// they live and come from, who employs or teaches them, what they seek, and who recorded them
/// on what legal basis. The person can read all of it, correct it and withdraw consent.
/// </summary>
public sealed class Talent : AggregateRoot, IVersioned
{
    public const int MajorMaxLength = 64;
    public const int AccountSubjectMaxLength = 128;
    public const int IdentityNumberHashLength = 64;

    private List<string> _wishedOccupationCodes = [];
    private List<string> _wishedDistrictCodes = [];

    private Talent()
    {
    }

    public TalentId Id { get; private set; }

    public string Name { get; private set; } = null!;

    public IdentityDocumentType DocumentType { get; private set; }

    public ProtectedValue IdentityNumber { get; private set; } = null!;

    /// <summary>Keyed hash of the number's match key: finds a person without decrypting anyone.</summary>
    public string IdentityNumberHash { get; private set; } = null!;

    public DateOnly? BirthDate { get; private set; }

    public ProtectedValue Phone { get; private set; } = null!;

    public string ResidenceDistrictCode { get; private set; } = null!;

    public TalentOrigin Origin { get; private set; }

    public OrganizationId? EmployerId { get; private set; }

    public OrganizationId? SchoolId { get; private set; }

    public string? Major { get; private set; }

    public DateOnly? GraduationDate { get; private set; }

    public JobSeekingStatus JobSeekingStatus { get; private set; }

    public IReadOnlyList<string> WishedOccupationCodes => _wishedOccupationCodes.AsReadOnly();

    public IReadOnlyList<string> WishedDistrictCodes => _wishedDistrictCodes.AsReadOnly();

    public decimal? WishedMonthlyWageMin { get; private set; }

    public decimal? WishedMonthlyWageMax { get; private set; }

    public bool ConsentsToMatching { get; private set; }

    /// <summary>The person's own sign-in subject, once they have one.</summary>
    public string? AccountSubject { get; private set; }

    public Provenance Provenance { get; private set; } = null!;

    public int Version { get; private set; }

    public JobWishes Wishes => new(JobSeekingStatus, WishedOccupationCodes, WishedDistrictCodes, WishedMonthlyWageMin, WishedMonthlyWageMax);

    public static Talent Register(
        TalentId id,
        string name,
        IdentityDocumentType documentType,
        ProtectedValue identityNumber,
        string identityNumberHash,
        DateOnly? birthDate,
        ProtectedValue phone,
        string residenceDistrictCode,
        TalentOrigin origin,
        OrganizationId? employerId,
        OrganizationId? schoolId,
        string? major,
        DateOnly? graduationDate,
        JobWishes wishes,
        bool consentsToMatching,
        string? accountSubject,
        Provenance provenance)
    {
        var talent = new Talent
        {
            Id = id,
            Name = name,
            DocumentType = documentType,
            IdentityNumber = identityNumber,
            IdentityNumberHash = identityNumberHash,
            BirthDate = birthDate,
            Phone = phone,
            ResidenceDistrictCode = residenceDistrictCode,
            Origin = origin,
            EmployerId = employerId,
            SchoolId = schoolId,
            Major = major,
            GraduationDate = graduationDate,
            ConsentsToMatching = consentsToMatching,
            AccountSubject = accountSubject,
            Provenance = provenance,
            Version = 1,
        };
        talent.ApplyWishes(wishes);
        talent.AddDomainEvent(new TalentRegisteredDomainEvent(id, provenance.LegalBasis, provenance.RecordedAt));
        return talent;
    }

    /// <summary>The person corrects what they may: name, phone, residence, origin, studies and wishes.</summary>
    public void Correct(string name, ProtectedValue phone, string residenceDistrictCode, TalentOrigin origin, string? major, DateOnly? graduationDate, JobWishes wishes, DateTimeOffset correctedAt)
    {
        Name = name;
        Phone = phone;

        ResidenceDistrictCode = residenceDistrictCode;
        Origin = origin;
        Major = SchoolId is null ? null : major;
        GraduationDate = SchoolId is null ? null : graduationDate;
        ApplyWishes(wishes);
        Version++;
        AddDomainEvent(new TalentCorrectedDomainEvent(Id, correctedAt));
    }

    public void ChangeMatchingConsent(bool consents, DateTimeOffset changedAt)
    {
        if (consents == ConsentsToMatching)
        {
            return;
        }

        ConsentsToMatching = consents;
        Version++;
        AddDomainEvent(new TalentMatchingConsentChangedDomainEvent(Id, consents, changedAt));
    }

    private void ApplyWishes(JobWishes wishes)
    {
        JobSeekingStatus = wishes.Status;
        _wishedOccupationCodes = wishes.OccupationCodes.Distinct(StringComparer.Ordinal).ToList();
        _wishedDistrictCodes = wishes.DistrictCodes.Distinct(StringComparer.Ordinal).ToList();
        WishedMonthlyWageMin = wishes.MonthlyWageMin;
        WishedMonthlyWageMax = wishes.MonthlyWageMax;
    }
}
