namespace ZhuhaiArtisan.DataGenerator.Samples;

/// <summary>
/// A uniform random sample of fixed size from a stream of unknown length (Algorithm R). Ask
/// <see cref="TryTake"/> first and build the item only when it is taken: most never are.
/// </summary>
internal sealed class Reservoir<T>(int capacity, Random random)
{
    private readonly List<T> _items = new(capacity);
    private long _seen;

    public IReadOnlyList<T> Items => _items;

    public bool TryTake(out int slot)
    {
        _seen++;
        if (_items.Count < capacity)
        {
            slot = _items.Count;
            _items.Add(default!);
            return true;
        }

        var draw = random.NextInt64(_seen);
        slot = (int)Math.Min(draw, int.MaxValue);
        return draw < capacity;
    }

    public void Put(int slot, T item) => _items[slot] = item;

    public void Offer(T item)
    {
        if (TryTake(out var slot))
        {
            Put(slot, item);
        }
    }
}
