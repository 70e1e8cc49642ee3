using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;

namespace ZhuhaiArtisan.Domain.Catalogue.CatalogueChanges;

/// <summary>
/// One change to the public catalogue, in the change feed partners sync from: an edition
/// published, or the live status of a published item changed. Numbered in the order the changes
/// were committed, without gaps a reader could pass over: a reader that has seen number n has
/// seen every change before it.
/// </summary>
public sealed class CatalogueChange
{
    private CatalogueChange()
    {
    }

    public CatalogueChangeId Id { get; private set; }

    /// <summary>The change's place in the feed; given as the change is committed.</summary>
    public long Sequence { get; private set; }

    public CatalogueChangeKind Kind { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public int? EditionNumber { get; private set; }

    public CatalogueItemId? ItemId { get; private set; }

    public CatalogueLiveStatus? LiveStatus { get; private set; }

    public static CatalogueChange EditionPublished(int editionNumber, DateTimeOffset occurredAt) =>
        new() { Id = CatalogueChangeId.New(), Kind = CatalogueChangeKind.EditionPublished, EditionNumber = editionNumber, OccurredAt = occurredAt };

    public static CatalogueChange ItemStatusChanged(CatalogueItemId itemId, CatalogueLiveStatus liveStatus, DateTimeOffset occurredAt) =>
        new() { Id = CatalogueChangeId.New(), Kind = CatalogueChangeKind.ItemStatusChanged, ItemId = itemId, LiveStatus = liveStatus, OccurredAt = occurredAt };

    public void NumberAs(long sequence) => Sequence = sequence;
}
