using Mediator;
using ZhuhaiArtisan.Application.Talents.Common;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Talents.IdentityDocuments;

namespace ZhuhaiArtisan.Application.Talents.RegisterTalent;

/// <summary>
/// Registers a person. Who calls decides the legal basis and the links: a talent registers
/// themself (consent); an enterprise its employee (employerId is the enterprise); a college or
/// institution its student (schoolId is the institution); the city a legacy record (statutory duty).
/// </summary>
public sealed record RegisterTalentCommand(
    string? Name,
    IdentityDocumentType? DocumentType,
    string? IdentityNumber,
    string? Phone,
    string? ResidenceDistrictCode,
    TalentOrigin? Origin,
    Guid? EmployerId,
    Guid? SchoolId,
    string? Major,
    DateOnly? GraduationDate,
    JobWishesInput? Wishes,
    bool? ConsentsToMatching) : ICommand<TalentDto>;
