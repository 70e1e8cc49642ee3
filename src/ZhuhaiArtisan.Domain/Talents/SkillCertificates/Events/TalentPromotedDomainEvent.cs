using ZhuhaiArtisan.Domain.Common;
using ZhuhaiArtisan.Domain.Organizations;

namespace ZhuhaiArtisan.Domain.Talents.SkillCertificates.Events;

/// <summary>
/// A talent reached a higher level in an occupation: what the level-promotion subsidies of
/// 珠府办函〔2023〕100号 §三(一)2 and §五(二) are paid on.
/// </summary>
public sealed record TalentPromotedDomainEvent(
    TalentId TalentId,
    string OccupationCode,
    string? FromLevelCode,
    string ToLevelCode,
    CertificationRoute Route,
    OrganizationId? RecognizedBy,
    DateOnly PromotedOn,
    DateTimeOffset OccurredAt) : IDomainEvent;
