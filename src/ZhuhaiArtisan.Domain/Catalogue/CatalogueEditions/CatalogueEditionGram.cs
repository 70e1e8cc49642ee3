namespace ZhuhaiArtisan.Domain.Catalogue.CatalogueEditions;

/// <summary>
/// One bigram or character of an entry's search text: the index a free-text query is answered
/// from (<see cref="CatalogueSearchText"/>). Written with the edition, never changed.
/// </summary>
public sealed class CatalogueEditionGram(int editionNumber, string gram, int position)
{
    public int EditionNumber { get; private set; } = editionNumber;

    public string Gram { get; private set; } = gram;

    public int Position { get; private set; } = position;
}
