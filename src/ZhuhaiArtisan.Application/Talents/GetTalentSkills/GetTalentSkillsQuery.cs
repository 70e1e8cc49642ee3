using Mediator;

namespace ZhuhaiArtisan.Application.Talents.GetTalentSkills;

public sealed record GetTalentSkillsQuery(Guid TalentId) : IQuery<TalentSkillsDto>;
