namespace ZhuhaiArtisan.Api.Endpoints.Talents;

public sealed record HonourPublicationConsentRequest(bool? PublicationConsented);
