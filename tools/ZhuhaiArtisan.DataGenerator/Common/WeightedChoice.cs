namespace ZhuhaiArtisan.DataGenerator.Common;

/// <summary>Draws items in proportion to their weights in constant time (Vose's alias method).</summary>
internal sealed class WeightedChoice<T>
{
    private readonly T[] _items;
    private readonly double[] _probability;
    private readonly int[] _alias;

    public WeightedChoice(IEnumerable<(T Item, double Weight)> entries)
    {
        var list = entries.Where(e => e.Weight > 0).ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("At least one entry needs a positive weight.", nameof(entries));
        }

        _items = list.Select(e => e.Item).ToArray();
        _probability = new double[list.Count];
        _alias = new int[list.Count];

        var total = list.Sum(e => e.Weight);
        var scaled = list.Select(e => e.Weight * list.Count / total).ToArray();
        var small = new Stack<int>();
        var large = new Stack<int>();
        for (var i = scaled.Length - 1; i >= 0; i--)
        {
            (scaled[i] < 1 ? small : large).Push(i);
        }

        while (small.Count > 0 && large.Count > 0)
        {
            var less = small.Pop();
            var more = large.Pop();
            _probability[less] = scaled[less];
            _alias[less] = more;
            scaled[more] = scaled[more] + scaled[less] - 1;
            (scaled[more] < 1 ? small : large).Push(more);
        }

        // What is left is 1 up to rounding.
        foreach (var i in large.Concat(small))
        {
            _probability[i] = 1;
            _alias[i] = i;
        }
    }

    public int Count => _items.Length;

    public T Next(Random random)
    {
        var i = random.Next(_items.Length);
        return random.NextDouble() < _probability[i] ? _items[i] : _items[_alias[i]];
    }
}
