using Mediator;
using ZhuhaiArtisan.Application.Catalogue.Common;
using ZhuhaiArtisan.Application.Common.Concurrency;

namespace ZhuhaiArtisan.Application.Catalogue.SubmitCatalogueItem;

/// <summary>The institution submits a draft, or a rejected item it has edited, to the city for review.</summary>
public sealed record SubmitCatalogueItemCommand(Guid Id, VersionPrecondition IfMatch) : ICommand<CatalogueItemDto>;
