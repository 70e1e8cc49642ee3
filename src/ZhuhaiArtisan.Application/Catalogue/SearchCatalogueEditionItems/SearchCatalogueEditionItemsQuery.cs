using Mediator;
using ZhuhaiArtisan.Application.Catalogue.Common;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;

namespace ZhuhaiArtisan.Application.Catalogue.SearchCatalogueEditionItems;

/// <summary>
/// Public: the items of an edition in edition order, narrowed by any of the filters. Search is
/// free text (Chinese or not) over the occupation name, the title and the institution name: every
/// whitespace-separated term must occur in it.
/// </summary>
public sealed record SearchCatalogueEditionItemsQuery(
    int Number,
    string? Search,
    string? Occupation,
    string? Cluster,
    string? Level,
    Guid? Institution,
    string? District,
    bool? UrgentlyNeeded,
    bool? NewOccupation,
    TrainingType? TrainingType,
    DeliveryMode? DeliveryMode,
    int? Limit,
    string? Cursor) : IQuery<Page<CatalogueEditionItemDto>>;
