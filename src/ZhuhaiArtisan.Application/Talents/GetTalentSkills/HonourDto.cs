using ZhuhaiArtisan.Domain.Talents.Honours;

namespace ZhuhaiArtisan.Application.Talents.GetTalentSkills;

public sealed record HonourDto(
    Guid Id,
    Guid TalentId,
    HonourKind Kind,
    int Year,
    string ConferringBody,
    string? DistrictCode,
    Guid? EnterpriseId,
    string? CompetitionEvent,
    string? CompetitionRank,
    string? Coach,
    bool PublicationConsented,
    int Version)
{
    public static HonourDto Of(Honour h) =>
        new(h.Id.Value, h.TalentId.Value, h.Kind, h.Year, h.ConferringBody, h.DistrictCode, h.EnterpriseId?.Value, h.CompetitionEvent, h.CompetitionRank, h.Coach, h.PublicationConsented, h.Version);
}
