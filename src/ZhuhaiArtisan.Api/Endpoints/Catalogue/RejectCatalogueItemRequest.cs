using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;

namespace ZhuhaiArtisan.Api.Endpoints.Catalogue;

/// <param name="Reason">The coded reason.</param>
/// <param name="Note">What to fix; required when the reason is other.</param>
public sealed record RejectCatalogueItemRequest(CatalogueRejectionReason? Reason, string? Note);
