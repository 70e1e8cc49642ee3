namespace ZhuhaiArtisan.Application.Talents.VerifyCertificate;

/// <summary>What is recorded about a certificate number: the holder's name is compared, never shown.</summary>
public sealed record RecordedCertificate(
    string HolderName,
    string OccupationCode,
    string OccupationName,
    string SkillLevelCode,
    DateOnly IssuedOn,
    string IssuingBody);
