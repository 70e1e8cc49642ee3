using ZhuhaiArtisan.Domain.Talents.SkillCertificates;

namespace ZhuhaiArtisan.Application.Talents.GetTalentSkills;

public sealed record SkillCertificateDto(
    Guid Id,
    Guid TalentId,
    string OccupationCode,
    string SkillLevel,
    string CertificateNumber,
    string IssuingBody,
    DateOnly IssuedOn,
    CertificationRoute Route,
    Guid? RecognizedBy)
{
    public static SkillCertificateDto Of(SkillCertificate c) =>
        new(c.Id.Value, c.TalentId.Value, c.OccupationCode, c.SkillLevelCode, c.CertificateNumber, c.IssuingBody, c.IssuedOn, c.Route, c.RecognizedBy?.Value);
}
