using ZhuhaiArtisan.Application.Common.Events;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueEditions.Events;
using ZhuhaiArtisan.Domain.Integration.WebhookEndpoints;

namespace ZhuhaiArtisan.Application.Integration.PublishWebhookEvents;

/// <summary>A new edition is news for every partner that syncs the catalogue.</summary>
public sealed class PublishCatalogueEditionPublishedWebhook(IWebhookOutbox outbox) : IDomainEventHandler<CatalogueEditionPublishedDomainEvent>
{
    public Task HandleAsync(CatalogueEditionPublishedDomainEvent domainEvent, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(
            WebhookEventTypes.CatalogueEditionPublished,
            new CatalogueEditionPublishedWebhookData(
                domainEvent.EditionNumber, domainEvent.ItemCount, domainEvent.OccurredAt, $"/api/v1/catalogue-editions/{domainEvent.EditionNumber}"),
            domainEvent.OccurredAt,
            onlyFor: null,
            cancellationToken);
}
