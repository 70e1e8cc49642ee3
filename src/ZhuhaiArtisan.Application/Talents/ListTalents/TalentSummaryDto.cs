using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Talents.IdentityDocuments;

namespace ZhuhaiArtisan.Application.Talents.ListTalents;

/// <summary>
/// A talent as a list shows it: who, where, whose and whether looking for work, always masked
/// (<c>440402********123X</c>, <c>138****1234</c>). The whole record — wishes, provenance, birth
/// date — is one <c>GET /api/v1/talents/{id}</c> away.
/// </summary>
public sealed record TalentSummaryDto(
    Guid Id,
    string Name,
    IdentityDocumentType DocumentType,
    string IdentityNumber,
    string Phone,
    string ResidenceDistrictCode,
    TalentOrigin Origin,
    Guid? EmployerId,
    Guid? SchoolId,
    string? Major,
    DateOnly? GraduationDate,
    JobSeekingStatus JobSeekingStatus,
    bool ConsentsToMatching,
    int Version);
