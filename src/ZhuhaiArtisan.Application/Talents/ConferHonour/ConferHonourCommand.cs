using Mediator;
using ZhuhaiArtisan.Application.Talents.GetTalentSkills;
using ZhuhaiArtisan.Domain.Talents.Honours;

namespace ZhuhaiArtisan.Application.Talents.ConferHonour;

/// <summary>
/// Confers a title. City titles (珠海特级工匠, 珠海工匠, 珠海市技术能手, competition awards) are the
/// city's; 区级工匠 a district's; 企业工匠 an enterprise's, for its own employees.
/// </summary>
public sealed record ConferHonourCommand(
    Guid TalentId,
    HonourKind? Kind,
    int? Year,
    string? ConferringBody,
    string? CompetitionEvent,
    string? CompetitionRank,
    string? Coach,
    bool? PublicationConsented) : ICommand<HonourDto>;
