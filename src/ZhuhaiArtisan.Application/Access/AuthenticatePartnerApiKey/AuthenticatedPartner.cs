namespace ZhuhaiArtisan.Application.Access.AuthenticatePartnerApiKey;

public sealed record AuthenticatedPartner(Guid ClientId, string ClientCode, Guid KeyId);
