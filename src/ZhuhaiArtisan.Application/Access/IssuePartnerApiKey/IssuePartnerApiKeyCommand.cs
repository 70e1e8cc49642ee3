using Mediator;

namespace ZhuhaiArtisan.Application.Access.IssuePartnerApiKey;

public sealed record IssuePartnerApiKeyCommand(Guid ClientId, string? Name, DateTimeOffset? ExpiresAt) : ICommand<IssuedPartnerApiKeyDto>;
