using System.Globalization;
using ZhuhaiArtisan.DataGenerator.Common;
using ZhuhaiArtisan.Domain.Talents.IdentityDocuments;

namespace ZhuhaiArtisan.DataGenerator.People;

/// <summary>
/// Identity numbers that are valid by their document type's own rule (the domain's
/// <see cref="IdentityDocumentRules"/>) and never repeat: each number's identifying part is
/// remembered, and a clash is simply drawn again.
/// </summary>
internal sealed class IdentityNumberFactory
{
    private const int MaximumAttempts = 1000;

    // The first 17 digits of resident-format numbers and of 2023 foreign cards (which start with 9).
    private readonly HashSet<long> _numeric = [];
    private readonly HashSet<long> _travelPermits = [];
    private readonly HashSet<string> _foreignCards2017 = new(StringComparer.Ordinal);

    /// <summary>居民身份证: address code, birth date, a sequence whose last digit is odd for men, and the MOD 11-2 check character.</summary>
    public string ResidentCard(Random random, string addressCode, DateOnly birth, bool male) =>
        ResidentFormat(random, long.Parse(addressCode, CultureInfo.InvariantCulture), birth, male);

    /// <summary>港澳台居民居住证: the same format, with 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan) for the address code.</summary>
    public string ResidencePermit(Random random, string prefix, DateOnly birth, bool male) =>
        ResidentFormat(random, long.Parse(prefix, CultureInfo.InvariantCulture), birth, male);

    /// <summary>港澳居民来往内地通行证: H or M, the holder's lifetime number, and how often the permit was renewed.</summary>
    public string TravelPermit(Random random, bool hongKong)
    {
        for (var attempt = 0; attempt < MaximumAttempts; attempt++)
        {
            var lifetime = random.Next(10_000_000, 100_000_000);
            if (_travelPermits.Add((hongKong ? 100_000_000L : 200_000_000L) + lifetime))
            {
                var renewals = random.Next(0, 4);
                return string.Create(CultureInfo.InvariantCulture, $"{(hongKong ? 'H' : 'M')}{lifetime:D8}{renewals:D2}");
            }
        }

        throw Exhausted();
    }

    /// <summary>外国人永久居留身份证, 2023 edition: 9, the issuing province (44), nationality, birth date, sequence, MOD 11-2.</summary>
    public string ForeignCard2023(Random random, ForeignCountry country, DateOnly birth, bool male)
    {
        var head = 944_000L + long.Parse(country.Numeric, CultureInfo.InvariantCulture);
        for (var attempt = 0; attempt < MaximumAttempts; attempt++)
        {
            var sequence = (random.Next(0, 500) * 2) + (male ? 1 : 0);
            var first17 = (((head * 100_000_000L) + DateNumber(birth)) * 1000L) + sequence;
            if (_numeric.Add(first17))
            {
                return WithCheckCharacter(first17);
            }
        }

        throw Exhausted();
    }

    /// <summary>外国人永久居留身份证, 2017 edition: the nationality's three letters and twelve digits.</summary>
    public string ForeignCard2017(Random random, ForeignCountry country, DateOnly birth)
    {
        for (var attempt = 0; attempt < MaximumAttempts; attempt++)
        {
            var number = string.Create(CultureInfo.InvariantCulture, $"{country.Alpha3}44{birth:yyMMdd}{random.Next(0, 10_000):D4}");
            if (_foreignCards2017.Add(number))
            {
                return number;
            }
        }

        throw Exhausted();
    }

    private string ResidentFormat(Random random, long prefix, DateOnly birth, bool male)
    {
        for (var attempt = 0; attempt < MaximumAttempts; attempt++)
        {
            var sequence = (random.Next(0, 500) * 2) + (male ? 1 : 0);
            var first17 = (((prefix * 100_000_000L) + DateNumber(birth)) * 1000L) + sequence;
            if (_numeric.Add(first17))
            {
                return WithCheckCharacter(first17);
            }
        }

        throw Exhausted();
    }

    private static long DateNumber(DateOnly date) => (date.Year * 10_000L) + (date.Month * 100L) + date.Day;

    private static string WithCheckCharacter(long first17)
    {
        var digits = first17.ToString("D17", CultureInfo.InvariantCulture);
        return digits + IdentityDocumentRules.Mod112CheckCharacter(digits);
    }

    private static GenerationException Exhausted() =>
        new("Ran out of unused identity numbers: too many talents for the birth dates and places available.");
}
