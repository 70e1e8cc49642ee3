namespace ZhuhaiArtisan.Application.Access.Common;

/// <summary>A key as lists show it: recognisable by its prefix, never the key itself.</summary>
public sealed record PartnerApiKeyDto(
    Guid Id,
    string Name,
    string Prefix,
    DateTimeOffset IssuedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? RevokedAt);
