using ZhuhaiArtisan.Application.Common.Events;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueChanges;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems.Events;

namespace ZhuhaiArtisan.Application.Catalogue.RecordCatalogueChanges;

/// <summary>
/// Puts a published item's new live status into the change feed, in the transaction of the
/// change itself. Review steps that do not change what the public sees (a rejection while under
/// review) and items no edition has published yet are not the public's news.
/// </summary>
public sealed class RecordCatalogueItemStatusChange(IApplicationDbContext db) : IDomainEventHandler<CatalogueItemStatusChangedDomainEvent>
{
    public Task HandleAsync(CatalogueItemStatusChangedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var before = CatalogueItem.LiveStatusOf(domainEvent.From);
        var after = CatalogueItem.LiveStatusOf(domainEvent.To);
        if (domainEvent.LastPublishedEdition is not null && before != after)
        {
            db.CatalogueChanges.Add(CatalogueChange.ItemStatusChanged(domainEvent.ItemId, after, domainEvent.OccurredAt));
        }

        return Task.CompletedTask;
    }
}
