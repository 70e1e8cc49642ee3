namespace ZhuhaiArtisan.Application.Integration.PublishWebhookEvents;

/// <summary>The <c>data</c> of <c>catalogue.edition.published</c>.</summary>
/// <param name="Href">Where the edition is read (its items under <c>/items</c>).</param>
public sealed record CatalogueEditionPublishedWebhookData(int EditionNumber, int ItemCount, DateTimeOffset PublishedAt, string Href);
