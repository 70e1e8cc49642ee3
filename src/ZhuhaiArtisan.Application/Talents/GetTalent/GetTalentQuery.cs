using Mediator;
using ZhuhaiArtisan.Application.Talents.Common;

namespace ZhuhaiArtisan.Application.Talents.GetTalent;

public sealed record GetTalentQuery(Guid Id) : IQuery<TalentDto>;
