namespace ZhuhaiArtisan.Application.Access.IssuePartnerApiKey;

/// <summary>The only response that ever carries <see cref="Key"/>: the platform keeps just its hash.</summary>
public sealed record IssuedPartnerApiKeyDto(
    Guid Id,
    Guid ClientId,
    string Name,
    string Prefix,
    string Key,
    DateTimeOffset IssuedAt,
    DateTimeOffset? ExpiresAt);
