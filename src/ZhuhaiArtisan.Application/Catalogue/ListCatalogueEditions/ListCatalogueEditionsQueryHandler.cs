using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Catalogue.Common;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Common.Persistence;

namespace ZhuhaiArtisan.Application.Catalogue.ListCatalogueEditions;

public sealed class ListCatalogueEditionsQueryHandler(IApplicationDbContext db, ICursorCodec cursors)
    : IQueryHandler<ListCatalogueEditionsQuery, Page<CatalogueEditionDto>>
{
    private const string ListName = "catalogue-editions";

    public async ValueTask<Page<CatalogueEditionDto>> Handle(ListCatalogueEditionsQuery query, CancellationToken cancellationToken)
    {
        var limit = PageLimits.Resolve(query.Limit);
        var after = cursors.DecodePosition(ListName, query.Cursor);

        var editions = db.CatalogueEditions.AsNoTracking();
        if (after is not null)
        {
            var before = int.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : throw new InvalidCursorException();
            editions = editions.Where(e => e.Number < before);
        }

        var current = await db.CatalogueEditions.MaxAsync(e => (int?)e.Number, cancellationToken) ?? 0;
        var rows = await editions.OrderByDescending(e => e.Number).Take(limit + 1).ToListAsync(cancellationToken);
        var page = cursors.ToPage(ListName, rows, limit, e => e.Number.ToString(CultureInfo.InvariantCulture));
        return new Page<CatalogueEditionDto>(page.Items.Select(e => CatalogueEditionDto.Of(e, current)).ToList(), page.NextCursor);
    }
}
