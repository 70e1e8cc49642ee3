using Mediator;
using ZhuhaiArtisan.Application.Catalogue.Common;
using ZhuhaiArtisan.Application.Common.Concurrency;

namespace ZhuhaiArtisan.Application.Catalogue.ReinstateCatalogueItem;

/// <summary>The city lifts a suspension: the item is approved again, with the subsidy standard it had.</summary>
public sealed record ReinstateCatalogueItemCommand(Guid Id, VersionPrecondition IfMatch) : ICommand<CatalogueItemDto>;
