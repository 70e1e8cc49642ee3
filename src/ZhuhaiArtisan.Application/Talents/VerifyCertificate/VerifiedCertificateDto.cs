namespace ZhuhaiArtisan.Application.Talents.VerifyCertificate;

/// <summary>Only what a verifier needs: no holder id, no identity number.</summary>
public sealed record VerifiedCertificateDto(
    string OccupationCode,
    string OccupationName,
    string SkillLevel,
    string SkillLevelName,
    DateOnly IssuedOn,
    string IssuingBody);
