using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Talents.IdentityDocuments;

namespace ZhuhaiArtisan.Application.Talents.Common;

/// <summary>
/// A talent record. <see cref="IdentityNumber"/> and <see cref="Phone"/> are masked
/// (<c>440402********123X</c>, <c>138****1234</c>) unless <see cref="PersonalInformationMasked"/> is false,
/// which only the person themself and an audited reveal by the city ever see.
/// </summary>
public record TalentDto(
    Guid Id,
    string Name,
    IdentityDocumentType DocumentType,
    string IdentityNumber,
    string Phone,
    bool PersonalInformationMasked,
    DateOnly? BirthDate,
    string ResidenceDistrictCode,
    TalentOrigin Origin,
    Guid? EmployerId,
    Guid? SchoolId,
    string? Major,
    DateOnly? GraduationDate,
    JobWishesDto Wishes,
    bool ConsentsToMatching,
    ProvenanceDto RecordedBy,
    int Version);
