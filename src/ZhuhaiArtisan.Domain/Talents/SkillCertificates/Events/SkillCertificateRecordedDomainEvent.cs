using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Talents.SkillCertificates.Events;

public sealed record SkillCertificateRecordedDomainEvent(
    SkillCertificateId CertificateId,
    TalentId TalentId,
    string OccupationCode,
    string SkillLevelCode,
    CertificationRoute Route,
    DateTimeOffset OccurredAt) : IDomainEvent;
