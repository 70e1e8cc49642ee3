using ZhuhaiArtisan.Application.Common.Events;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueChanges;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueEditions.Events;

namespace ZhuhaiArtisan.Application.Catalogue.RecordCatalogueChanges;

/// <summary>Puts a new edition into the change feed, in the transaction that publishes it.</summary>
public sealed class RecordCatalogueEditionPublication(IApplicationDbContext db) : IDomainEventHandler<CatalogueEditionPublishedDomainEvent>
{
    public Task HandleAsync(CatalogueEditionPublishedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        db.CatalogueChanges.Add(CatalogueChange.EditionPublished(domainEvent.EditionNumber, domainEvent.OccurredAt));
        return Task.CompletedTask;
    }
}
