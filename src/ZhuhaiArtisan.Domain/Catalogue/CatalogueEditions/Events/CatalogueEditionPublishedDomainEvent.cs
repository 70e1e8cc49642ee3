using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Catalogue.CatalogueEditions.Events;

public sealed record CatalogueEditionPublishedDomainEvent(int EditionNumber, int ItemCount, DateTimeOffset OccurredAt) : IDomainEvent;
