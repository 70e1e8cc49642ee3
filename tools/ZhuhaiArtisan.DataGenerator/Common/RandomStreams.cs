namespace ZhuhaiArtisan.DataGenerator.Common;

/// <summary>
/// One random stream per purpose, each derived from the seed and the purpose's name: adding a
/// module later, or drawing more numbers in one, leaves every other stream as it was.
/// </summary>
internal static class RandomStreams
{
    public static Random For(int seed, string purpose)
    {
        // FNV-1a, not string.GetHashCode, which differs from one process to the next.
        var hash = 2166136261u;
        foreach (var c in purpose)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return new Random(unchecked((int)hash ^ seed));
    }

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>A Poisson-distributed count (Knuth's method; fine for the small means used here).</summary>
    public static int Poisson(this Random random, double mean)
    {
        var limit = Math.Exp(-mean);
        var count = 0;
        var product = random.NextDouble();
        while (product > limit)
        {
            count++;
            product *= random.NextDouble();
        }

        return count;
    }

    /// <summary>A standard normal draw (Box–Muller).</summary>
    public static double Gaussian(this Random random) =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());

    public static string Digits(this Random random, int count)
    {
        Span<char> digits = stackalloc char[count];
        for (var i = 0; i < count; i++)
        {
            digits[i] = (char)('0' + random.Next(10));
        }

        return new string(digits);
    }
}
