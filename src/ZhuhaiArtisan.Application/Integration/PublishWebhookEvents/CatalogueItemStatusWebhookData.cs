using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;

namespace ZhuhaiArtisan.Application.Integration.PublishWebhookEvents;

/// <summary>The <c>data</c> of <c>catalogue.item.suspended</c> and <c>catalogue.item.withdrawn</c>.</summary>
/// <param name="LastPublishedEdition">The last edition the item is in: it takes no new enrolment there from now on.</param>
public sealed record CatalogueItemStatusWebhookData(
    Guid ItemId, CatalogueItemStatus Status, CatalogueItemStatus PreviousStatus, int LastPublishedEdition, DateTimeOffset ChangedAt, string Href);
