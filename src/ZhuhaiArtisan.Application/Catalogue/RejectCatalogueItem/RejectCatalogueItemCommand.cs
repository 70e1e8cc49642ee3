using Mediator;
using ZhuhaiArtisan.Application.Catalogue.Common;
using ZhuhaiArtisan.Application.Common.Concurrency;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;

namespace ZhuhaiArtisan.Application.Catalogue.RejectCatalogueItem;

/// <summary>The city sends a submitted item back with a coded reason; the institution edits it and submits it again.</summary>
public sealed record RejectCatalogueItemCommand(Guid Id, VersionPrecondition IfMatch, CatalogueRejectionReason? Reason, string? Note)
    : ICommand<CatalogueItemDto>;
