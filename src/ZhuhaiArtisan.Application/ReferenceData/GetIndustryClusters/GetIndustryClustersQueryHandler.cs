using Mapster;
using Mediator;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Domain.ReferenceData.IndustryClusters;

namespace ZhuhaiArtisan.Application.ReferenceData.GetIndustryClusters;

public sealed class GetIndustryClustersQueryHandler : IQueryHandler<GetIndustryClustersQuery, ItemList<IndustryClusterDto>>
{
    private static readonly ItemList<IndustryClusterDto> Clusters = new(IndustryCluster.All.Adapt<List<IndustryClusterDto>>());

    public ValueTask<ItemList<IndustryClusterDto>> Handle(GetIndustryClustersQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Clusters);
}
