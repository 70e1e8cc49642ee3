using Mediator;
using ZhuhaiArtisan.Application.Catalogue.Common;

namespace ZhuhaiArtisan.Application.Catalogue.GetCatalogueItem;

public sealed record GetCatalogueItemQuery(Guid Id) : IQuery<CatalogueItemDto>;
