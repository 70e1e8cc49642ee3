using Mediator;

namespace ZhuhaiArtisan.Application.Access.AuthenticatePartnerApiKey;

/// <summary>Finds the partner client an API key belongs to, if the key is active. Used by the sign-in handler.</summary>
public sealed record AuthenticatePartnerApiKeyQuery(string Key) : IQuery<AuthenticatedPartner?>;
