using ZhuhaiArtisan.Domain.Talents.Honours;

namespace ZhuhaiArtisan.Api.Endpoints.Talents;

public sealed record ConferHonourRequest(
    HonourKind? Kind,
    int? Year,
    string? ConferringBody,
    string? CompetitionEvent,
    string? CompetitionRank,
    string? Coach,
    bool? PublicationConsented);
