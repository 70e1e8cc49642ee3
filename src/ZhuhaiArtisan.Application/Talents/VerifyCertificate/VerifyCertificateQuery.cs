using Mediator;

namespace ZhuhaiArtisan.Application.Talents.VerifyCertificate;

/// <summary>Public: does this certificate exist and belong to this name? The number and name travel in a POST body.</summary>
public sealed record VerifyCertificateQuery(string? CertificateNumber, string? Name) : IQuery<CertificateVerificationDto>;
