using ZhuhaiArtisan.Domain.Talents.SkillCertificates;

namespace ZhuhaiArtisan.Api.Endpoints.Talents;

public sealed record RecordSkillCertificateRequest(
    string? OccupationCode,
    string? SkillLevel,
    string? CertificateNumber,
    string? IssuingBody,
    DateOnly? IssuedOn,
    CertificationRoute? Route);
