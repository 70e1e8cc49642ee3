namespace ZhuhaiArtisan.Api.Endpoints.Access;

/// <param name="Name">What the key is for, e.g. "production 2026".</param>
/// <param name="ExpiresAt">Optional instant (UTC) after which the key stops working.</param>
public sealed record IssuePartnerApiKeyRequest(string? Name, DateTimeOffset? ExpiresAt);
