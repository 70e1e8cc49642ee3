using Mediator;
using ZhuhaiArtisan.Application.Catalogue.Common;
using ZhuhaiArtisan.Application.Common.Concurrency;

namespace ZhuhaiArtisan.Application.Catalogue.WithdrawCatalogueItem;

/// <summary>The institution or the city withdraws an approved or suspended item for good.</summary>
public sealed record WithdrawCatalogueItemCommand(Guid Id, VersionPrecondition IfMatch) : ICommand<CatalogueItemDto>;
