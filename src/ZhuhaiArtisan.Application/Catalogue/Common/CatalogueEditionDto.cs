using ZhuhaiArtisan.Domain.Catalogue.CatalogueEditions;

namespace ZhuhaiArtisan.Application.Catalogue.Common;

/// <param name="IsCurrent">Whether this is the latest edition, the one the public catalogue shows.</param>
public sealed record CatalogueEditionDto(int Number, string Title, DateTimeOffset PublishedAt, int ItemCount, bool IsCurrent)
{
    public static CatalogueEditionDto Of(CatalogueEdition edition, int currentNumber) =>
        new(edition.Number, edition.Title, edition.PublishedAt, edition.ItemCount, edition.Number == currentNumber);
}
