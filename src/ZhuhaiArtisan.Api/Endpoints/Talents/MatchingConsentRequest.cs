namespace ZhuhaiArtisan.Api.Endpoints.Talents;

public sealed record MatchingConsentRequest(bool? ConsentsToMatching);
