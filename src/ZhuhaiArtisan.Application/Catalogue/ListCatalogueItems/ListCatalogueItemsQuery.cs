using Mediator;
using ZhuhaiArtisan.Application.Catalogue.Common;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;

namespace ZhuhaiArtisan.Application.Catalogue.ListCatalogueItems;

/// <summary>An institution's own items, or every item for the city, oldest first, filtered by any of the criteria.</summary>
public sealed record ListCatalogueItemsQuery(
    CatalogueItemStatus? Status,
    Guid? Institution,
    string? Occupation,
    int? Limit,
    string? Cursor) : IQuery<Page<CatalogueItemDto>>;
