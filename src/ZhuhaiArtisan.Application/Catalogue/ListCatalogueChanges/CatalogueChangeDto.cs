using ZhuhaiArtisan.Domain.Catalogue.CatalogueChanges;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;

namespace ZhuhaiArtisan.Application.Catalogue.ListCatalogueChanges;

/// <summary>One change: an edition published (<see cref="EditionNumber"/>), or a published item's new live status.</summary>
public sealed record CatalogueChangeDto(
    long Sequence,
    CatalogueChangeKind Kind,
    DateTimeOffset OccurredAt,
    int? EditionNumber,
    Guid? ItemId,
    CatalogueLiveStatus? LiveStatus)
{
    public static CatalogueChangeDto Of(CatalogueChange change) =>
        new(change.Sequence, change.Kind, change.OccurredAt, change.EditionNumber, change.ItemId?.Value, change.LiveStatus);
}
