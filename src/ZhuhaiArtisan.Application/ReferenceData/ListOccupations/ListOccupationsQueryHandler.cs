using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Common.Persistence;

namespace ZhuhaiArtisan.Application.ReferenceData.ListOccupations;

public sealed class ListOccupationsQueryHandler(IApplicationDbContext db, ICursorCodec cursors)
    : IQueryHandler<ListOccupationsQuery, Page<OccupationDto>>
{
    private const string ListName = "occupations";

    public async ValueTask<Page<OccupationDto>> Handle(ListOccupationsQuery query, CancellationToken cancellationToken)
    {
        var limit = PageLimits.Resolve(query.Limit);
        var after = cursors.DecodePosition(ListName, query.Cursor);

        var occupations = db.Occupations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim();
            var searchLower = search.ToLowerInvariant();
            occupations = occupations.Where(o =>
                o.NameZh.Contains(search) || o.NameEn.ToLower().Contains(searchLower) || o.Code.StartsWith(search));
        }

        if (query.Cluster is not null)
        {
            occupations = occupations.Where(o => o.Clusters.Any(c => c.ClusterCode == query.Cluster));
        }

        if (after is not null)
        {
            occupations = occupations.Where(o => string.Compare(o.Code, after) > 0);
        }

        var rows = await occupations
            .OrderBy(o => o.Code)
            .Take(limit + 1)
            .ProjectToType<OccupationDto>()
            .ToListAsync(cancellationToken);
        return cursors.ToPage(ListName, rows, limit, o => o.Code);
    }
}
