using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Persistence;

namespace ZhuhaiArtisan.Application.Catalogue.SearchCatalogueEditionItems;

/// <summary>
/// How many entries of an edition hold each gram, so that a search reads along the postings of its
/// rarest gram and looks the next rarest up: for 电子设备装接工 that is 装接's 256 postings rather
/// than 电子's 1,509. A published edition never changes, so a count once read stays true; the
/// counts only choose which grams are read and in what order (a candidate still has to hold the
/// whole text), so one that went stale — a test database published anew under the same number —
/// costs time, never a result.
/// </summary>
public sealed class CatalogueGramFrequencies
{
    /// <summary>Counts kept before all are dropped: searches for random text must not fill the memory.</summary>
    internal const int MaxKept = 100_000;

    private readonly ConcurrentDictionary<(int Edition, string Gram), int> _counts = new();

    /// <summary>The grams, rarest first in the edition (ties in the given order).</summary>
    public async Task<List<string>> RarestFirstAsync(IApplicationDbContext db, int edition, IReadOnlyCollection<string> grams, CancellationToken cancellationToken)
    {
        if (grams.Count < 2)
        {
            return [.. grams];
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var gram in grams)
        {
            if (_counts.TryGetValue((edition, gram), out var count))
            {
                counts[gram] = count;
            }
            else
            {
                missing.Add(gram);
            }
        }

        if (missing.Count > 0)
        {
            var read = await db.CatalogueEditionGrams
                .Where(p => p.EditionNumber == edition && missing.Contains(p.Gram))
                .GroupBy(p => p.Gram)
                .Select(g => new { Gram = g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Gram, g => g.Count, StringComparer.Ordinal, cancellationToken);
            if (_counts.Count + missing.Count > MaxKept)
            {
                _counts.Clear();
            }

            foreach (var gram in missing)
            {
                counts[gram] = _counts[(edition, gram)] = read.GetValueOrDefault(gram);
            }
        }

        return [.. grams.OrderBy(g => counts[g])];
    }
}
