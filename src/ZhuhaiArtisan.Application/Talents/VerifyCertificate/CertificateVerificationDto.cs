namespace ZhuhaiArtisan.Application.Talents.VerifyCertificate;

/// <summary>
/// The answer has one shape whether the number is unknown or the name does not match, so it
/// cannot be used to learn which certificates exist.
/// </summary>
public sealed record CertificateVerificationDto(bool Verified, VerifiedCertificateDto? Certificate);
