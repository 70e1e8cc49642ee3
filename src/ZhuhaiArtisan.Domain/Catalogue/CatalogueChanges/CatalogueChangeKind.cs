namespace ZhuhaiArtisan.Domain.Catalogue.CatalogueChanges;

public enum CatalogueChangeKind
{
    /// <summary>A new edition was published: fetch its items.</summary>
    EditionPublished,

    /// <summary>The live status of an item in a published edition changed.</summary>
    ItemStatusChanged,
}
