using Mediator;
using ZhuhaiArtisan.Application.Common.Paging;

namespace ZhuhaiArtisan.Application.ReferenceData.GetIndustryClusters;

public sealed record GetIndustryClustersQuery : IQuery<ItemList<IndustryClusterDto>>;
