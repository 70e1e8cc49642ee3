using Mediator;
using ZhuhaiArtisan.Application.Talents.GetTalentSkills;
using ZhuhaiArtisan.Domain.Talents.SkillCertificates;

namespace ZhuhaiArtisan.Application.Talents.RecordSkillCertificate;

/// <summary>
/// Records a 职业技能等级证书. The city records any route but self-recognition; a key-industry
/// enterprise records its own employee's level by self-recognition (attributed to it); a college
/// records its student's 1+X certificate.
/// </summary>
public sealed record RecordSkillCertificateCommand(
    Guid TalentId,
    string? OccupationCode,
    string? SkillLevel,
    string? CertificateNumber,
    string? IssuingBody,
    DateOnly? IssuedOn,
    CertificationRoute? Route) : ICommand<SkillCertificateDto>;
