using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Common.Persistence;

namespace ZhuhaiArtisan.Application.Catalogue.ListCatalogueChanges;

public sealed class ListCatalogueChangesQueryHandler(IApplicationDbContext db, ICursorCodec cursors)
    : IQueryHandler<ListCatalogueChangesQuery, CatalogueChangeFeedPage>
{
    private const string ListName = "catalogue-changes";

    public async ValueTask<CatalogueChangeFeedPage> Handle(ListCatalogueChangesQuery query, CancellationToken cancellationToken)
    {
        var limit = PageLimits.Resolve(query.Limit);
        var position = cursors.DecodePosition(ListName, query.Cursor);
        var after = position is null ? 0
            : long.TryParse(position, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) ? sequence
            : throw new InvalidCursorException();

        // Changes are numbered in commit order without gaps (see CatalogueChange), so reading
        // past the last one seen misses nothing that commits later.
        var rows = await db.CatalogueChanges.AsNoTracking()
            .Where(c => c.Sequence > after)
            .OrderBy(c => c.Sequence)
            .Take(limit + 1)
            .ToListAsync(cancellationToken);
        var items = rows.Take(limit).Select(CatalogueChangeDto.Of).ToList();
        var last = items.Count > 0 ? items[^1].Sequence : after;
        return new CatalogueChangeFeedPage(items, cursors.Encode(ListName, last.ToString(CultureInfo.InvariantCulture)), rows.Count > limit);
    }
}
