using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueEditions;

namespace ZhuhaiArtisan.Application.Catalogue.Common;

public static class PublishedEntries
{
    /// <summary>The entries, in edition order, each with its item's live status: the snapshot never changes, the status does.</summary>
    public static IQueryable<PublishedEntry> WithLiveStatus(this IQueryable<CatalogueEditionEntry> entries, IApplicationDbContext db) =>
        from entry in entries
        join item in db.CatalogueItems on entry.ItemId equals item.Id
        orderby entry.Position
        select new PublishedEntry(entry, item.Status);
}
