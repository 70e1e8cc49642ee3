using Mediator;

namespace ZhuhaiArtisan.Application.Catalogue.ListCatalogueChanges;

/// <summary>Public: the changes to the public catalogue after the cursor, oldest first; without a cursor, from the beginning.</summary>
public sealed record ListCatalogueChangesQuery(int? Limit, string? Cursor) : IQuery<CatalogueChangeFeedPage>;
