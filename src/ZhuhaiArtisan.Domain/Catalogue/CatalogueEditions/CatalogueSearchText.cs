using System.Globalization;
using System.Text;

namespace ZhuhaiArtisan.Domain.Catalogue.CatalogueEditions;

/// <summary>
/// Free-text search in Chinese, the same on every database. Chinese is written without spaces,
/// so words cannot be found by splitting on whitespace; instead an entry's text is indexed by
/// every pair of adjacent characters (bigram) and every single character. A query term of two
/// or more characters needs all its bigrams, a one-character term its character; the candidates
/// are then confirmed by a plain substring match, as bigrams alone do not say they are adjacent.
/// Text and queries are normalised alike (NFKC, lower case), so full-width and half-width forms
/// and letter case never decide a match, whatever a database's collation would say.
/// </summary>
public static class CatalogueSearchText
{
    /// <summary>Two characters, each possibly outside the BMP (a surrogate pair).</summary>
    public const int GramMaxLength = 4;

    public const int QueryMaxLength = 64;

    public const int MaxTerms = 8;

    /// <summary>The fields of an entry as one normalised text; fields are kept apart, so no term spans two.</summary>
    public static string Of(params string[] fields) => string.Join('\n', fields.Select(Normalize));

    public static string Normalize(string text) => text.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture);

    /// <summary>The distinct bigrams and characters of a normalised text, never across whitespace.</summary>
    public static IReadOnlySet<string> GramsOf(string normalizedText)
    {
        var grams = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Words(normalizedText))
        {
            var runes = word.EnumerateRunes().Select(r => r.ToString()).ToList();
            for (var i = 0; i < runes.Count; i++)
            {
                grams.Add(runes[i]);
                if (i + 1 < runes.Count)
                {
                    grams.Add(runes[i] + runes[i + 1]);
                }
            }
        }

        return grams;
    }

    /// <summary>The terms of a query: normalised, split at whitespace, each once.</summary>
    public static IReadOnlyList<string> TermsOf(string? query) =>
        string.IsNullOrWhiteSpace(query) ? [] : Words(Normalize(query)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The grams an entry must have to match every term.</summary>
    public static IReadOnlySet<string> GramsRequiredBy(IEnumerable<string> terms)
    {
        var grams = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            var runes = term.EnumerateRunes().Select(r => r.ToString()).ToList();
            if (runes.Count == 1)
            {
                grams.Add(runes[0]);
                continue;
            }

            for (var i = 0; i + 1 < runes.Count; i++)
            {
                grams.Add(runes[i] + runes[i + 1]);
            }
        }

        return grams;
    }

    // Splits at every Unicode white-space character.
    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
