using Mediator;
using ZhuhaiArtisan.Application.Common.Paging;

namespace ZhuhaiArtisan.Application.ReferenceData.GetDistricts;

public sealed record GetDistrictsQuery : IQuery<ItemList<DistrictDto>>;
