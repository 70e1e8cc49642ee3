namespace ZhuhaiArtisan.Api.Endpoints.Catalogue;

/// <param name="Reason">Why the item is suspended.</param>
public sealed record SuspendCatalogueItemRequest(string? Reason);
