namespace ZhuhaiArtisan.Infrastructure.Persistence.ChangeFeed;

/// <summary>
/// The one row holding the last number given to a change of the public catalogue. Updating it
/// takes its lock until the transaction commits, so changes are numbered in commit order.
/// </summary>
internal sealed class CatalogueChangeCounter
{
    public const int SingletonId = 1;

    private CatalogueChangeCounter()
    {
    }

    public int Id { get; private set; }

    public long LastSequence { get; private set; }
}
