using Mapster;
using Mediator;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Domain.ReferenceData.SkillLevels;

namespace ZhuhaiArtisan.Application.ReferenceData.GetSkillLevels;

public sealed class GetSkillLevelsQueryHandler : IQueryHandler<GetSkillLevelsQuery, ItemList<SkillLevelDto>>
{
    private static readonly ItemList<SkillLevelDto> Levels = new(SkillLevel.All.Adapt<List<SkillLevelDto>>());

    public ValueTask<ItemList<SkillLevelDto>> Handle(GetSkillLevelsQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Levels);
}
