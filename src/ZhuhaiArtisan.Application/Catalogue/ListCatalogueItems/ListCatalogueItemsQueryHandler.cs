using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Catalogue.Common;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;
using ZhuhaiArtisan.Domain.Organizations;

namespace ZhuhaiArtisan.Application.Catalogue.ListCatalogueItems;

public sealed class ListCatalogueItemsQueryHandler(IApplicationDbContext db, ICurrentUser user, ICursorCodec cursors)
    : IQueryHandler<ListCatalogueItemsQuery, Page<CatalogueItemDto>>
{
    private const string ListName = "catalogue-items";

    public async ValueTask<Page<CatalogueItemDto>> Handle(ListCatalogueItemsQuery query, CancellationToken cancellationToken)
    {
        user.EnsureMayUseItems();
        var limit = PageLimits.Resolve(query.Limit);
        var after = cursors.DecodeIdPosition(ListName, query.Cursor);

        var items = db.CatalogueItems.AsNoTracking().VisibleTo(user);
        if (query.Status is { } status)
        {
            items = items.Where(i => i.Status == status);
        }

        if (query.Institution is { } institution)
        {
            items = items.Where(i => i.InstitutionId == new OrganizationId(institution));
        }

        if (query.Occupation is not null)
        {
            items = items.Where(i => i.OccupationCode == query.Occupation);
        }

        // The id is a total order to page by (and, where the database sorts UUIDv7s as written, creation order).
        if (after is { } afterGuid)
        {
            var afterId = new CatalogueItemId(afterGuid);
            items = items.Where(i => i.Id > afterId);
        }

        var rows = await items.OrderBy(i => i.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var page = cursors.ToPage(ListName, rows, limit, i => i.Id.Value.ToString("N"));
        return new Page<CatalogueItemDto>(page.Items.Select(CatalogueItemDto.Of).ToList(), page.NextCursor);
    }
}
