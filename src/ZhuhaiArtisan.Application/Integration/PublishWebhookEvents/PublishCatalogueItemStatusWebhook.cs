using ZhuhaiArtisan.Application.Common.Events;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems.Events;
using ZhuhaiArtisan.Domain.Integration.WebhookEndpoints;

namespace ZhuhaiArtisan.Application.Integration.PublishWebhookEvents;

/// <summary>
/// A published item suspended or withdrawn: partners stop offering it. Items no edition has
/// published are not the partners' news (as in the change feed).
/// </summary>
public sealed class PublishCatalogueItemStatusWebhook(IWebhookOutbox outbox) : IDomainEventHandler<CatalogueItemStatusChangedDomainEvent>
{
    public Task HandleAsync(CatalogueItemStatusChangedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var eventType = domainEvent.To switch
        {
            CatalogueItemStatus.Suspended => WebhookEventTypes.CatalogueItemSuspended,
            CatalogueItemStatus.Withdrawn => WebhookEventTypes.CatalogueItemWithdrawn,
            _ => null,
        };
        if (eventType is null || domainEvent.LastPublishedEdition is not { } edition || domainEvent.From == domainEvent.To)
        {
            return Task.CompletedTask;
        }

        return outbox.EnqueueAsync(
            eventType,
            new CatalogueItemStatusWebhookData(
                domainEvent.ItemId.Value, domainEvent.To, domainEvent.From, edition, domainEvent.OccurredAt, $"/api/v1/catalogue-items/{domainEvent.ItemId.Value}"),
            domainEvent.OccurredAt,
            onlyFor: null,
            cancellationToken);
    }
}
