using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Common.Persistence;

namespace ZhuhaiArtisan.Application.ReferenceData.GetDistricts;

public sealed class GetDistrictsQueryHandler(IApplicationDbContext db) : IQueryHandler<GetDistrictsQuery, ItemList<DistrictDto>>
{
    public async ValueTask<ItemList<DistrictDto>> Handle(GetDistrictsQuery query, CancellationToken cancellationToken)
    {
        var districts = await db.Districts.AsNoTracking()
            .OrderBy(d => d.Kind).ThenBy(d => d.Code)
            .ProjectToType<DistrictDto>()
            .ToListAsync(cancellationToken);
        return new ItemList<DistrictDto>(districts);
    }
}
