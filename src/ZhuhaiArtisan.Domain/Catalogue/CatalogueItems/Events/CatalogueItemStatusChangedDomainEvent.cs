using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Catalogue.CatalogueItems.Events;

/// <param name="LastPublishedEdition">The last edition the item is in, if any: only then is the change public.</param>
public sealed record CatalogueItemStatusChangedDomainEvent(
    CatalogueItemId ItemId,
    CatalogueItemStatus From,
    CatalogueItemStatus To,
    int? LastPublishedEdition,
    DateTimeOffset OccurredAt) : IDomainEvent;
