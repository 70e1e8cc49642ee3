using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Talents.Honours.Rules;

public sealed class CompetitionAwardMustNameItsEventRule(HonourKind kind, string? competitionEvent) : IBusinessRule
{
    public string Code => "honour.competition_event_missing";

    public string Message => "竞赛奖项须注明赛事。";

    public bool IsBroken() => kind == HonourKind.CompetitionAward && string.IsNullOrWhiteSpace(competitionEvent);
}
