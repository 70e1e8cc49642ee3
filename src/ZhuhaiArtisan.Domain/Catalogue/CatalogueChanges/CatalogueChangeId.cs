namespace ZhuhaiArtisan.Domain.Catalogue.CatalogueChanges;

public readonly record struct CatalogueChangeId(Guid Value)
{
    public static CatalogueChangeId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
