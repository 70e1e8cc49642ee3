namespace ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;

/// <remarks>
/// Ordered so that a keyset query can page by it: the comparison runs in the database, in the
/// database's own order of the stored value, the same order it sorts by.
/// </remarks>
public readonly record struct CatalogueItemId(Guid Value) : IComparable<CatalogueItemId>
{
    public static CatalogueItemId New() => new(Guid.CreateVersion7());

    public static bool operator <(CatalogueItemId left, CatalogueItemId right) => left.CompareTo(right) < 0;

    public static bool operator <=(CatalogueItemId left, CatalogueItemId right) => left.CompareTo(right) <= 0;

    public static bool operator >(CatalogueItemId left, CatalogueItemId right) => left.CompareTo(right) > 0;

    public static bool operator >=(CatalogueItemId left, CatalogueItemId right) => left.CompareTo(right) >= 0;

    public int CompareTo(CatalogueItemId other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString();
}
