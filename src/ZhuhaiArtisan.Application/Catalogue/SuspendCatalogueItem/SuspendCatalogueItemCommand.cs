using Mediator;
using ZhuhaiArtisan.Application.Catalogue.Common;
using ZhuhaiArtisan.Application.Common.Concurrency;

namespace ZhuhaiArtisan.Application.Catalogue.SuspendCatalogueItem;

/// <summary>The city suspends an approved item, saying why: it takes no new enrolment until reinstated.</summary>
public sealed record SuspendCatalogueItemCommand(Guid Id, VersionPrecondition IfMatch, string? Reason) : ICommand<CatalogueItemDto>;
