namespace ZhuhaiArtisan.Application.Catalogue.ListCatalogueChanges;

/// <summary>
/// A page of the change feed. Unlike a list page, <see cref="NextCursor"/> is always given: it is
/// where the next sync starts, now or later. <see cref="HasMore"/> says whether more changes are
/// already waiting.
/// </summary>
public sealed record CatalogueChangeFeedPage(IReadOnlyList<CatalogueChangeDto> Items, string NextCursor, bool HasMore);
