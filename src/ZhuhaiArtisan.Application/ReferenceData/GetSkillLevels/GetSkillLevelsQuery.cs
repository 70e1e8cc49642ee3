using Mediator;
using ZhuhaiArtisan.Application.Common.Paging;

namespace ZhuhaiArtisan.Application.ReferenceData.GetSkillLevels;

public sealed record GetSkillLevelsQuery : IQuery<ItemList<SkillLevelDto>>;
