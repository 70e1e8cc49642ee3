using System.Globalization;

namespace ZhuhaiArtisan.Domain.Talents.IdentityDocuments;

/// <summary>
/// Each document type's own number rule. Numbers are compared in their normalised form (trimmed,
/// upper case); a travel permit is matched on its first nine characters, the holder's lifetime
/// number, since a renewed permit changes only the renewal count.
/// </summary>
public static class IdentityDocumentRules
{
    public const int MaxLength = 18;

    private static readonly int[] Mod112Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string Mod112CheckCharacters = "10X98765432";

    public static string Normalize(string number) => number.Trim().ToUpperInvariant();

    public static IdentityNumberError Validate(IdentityDocumentType type, string? number)
    {
        if (number is null)
        {
            return IdentityNumberError.WrongLength;
        }

        var value = Normalize(number);
        return type switch
        {
            IdentityDocumentType.ResidentIdentityCard => ValidateResidentNumber(value, prefix: null),
            IdentityDocumentType.HongKongMacaoTaiwanResidencePermit => ValidateResidentNumber(value, prefix: value.Length >= 6 ? value[..6] : value),
            IdentityDocumentType.MainlandTravelPermitForHongKongMacaoResidents => ValidateTravelPermit(value),
            IdentityDocumentType.ForeignPermanentResidentIdCard => ValidateForeignPermanentResidentCard(value),
            _ => IdentityNumberError.IllegalCharacter,
        };
    }

    /// <summary>The part of a normalised number that identifies the person.</summary>
    public static string MatchKey(IdentityDocumentType type, string normalizedNumber) =>
        type == IdentityDocumentType.MainlandTravelPermitForHongKongMacaoResidents ? normalizedNumber[..9] : normalizedNumber;

    /// <summary>The birth date a resident-format number carries (characters 7–14), if it has one.</summary>
    public static DateOnly? BirthDateOf(IdentityDocumentType type, string normalizedNumber) =>
        type is IdentityDocumentType.ResidentIdentityCard or IdentityDocumentType.HongKongMacaoTaiwanResidencePermit
            && DateOnly.TryParseExact(normalizedNumber.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    /// <summary>The ISO 7064 MOD 11-2 check character of the first 17 digits.</summary>
    public static char Mod112CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Mod112Weights[i];
        }

        return Mod112CheckCharacters[sum % 11];
    }

    private static IdentityNumberError ValidateResidentNumber(string value, string? prefix)
    {
        if (value.Length != 18)
        {
            return IdentityNumberError.WrongLength;
        }

        if (!AllDigits(value.AsSpan(0, 17)) || !(char.IsAsciiDigit(value[17]) || value[17] == 'X'))
        {
            return IdentityNumberError.IllegalCharacter;
        }

        var isPermit = value.StartsWith("810000", StringComparison.Ordinal)
                       || value.StartsWith("820000", StringComparison.Ordinal)
                       || value.StartsWith("830000", StringComparison.Ordinal);
        // A resident card's address code starts 1–8; residence permits use the 81/82/83 prefixes.
        if (prefix is null ? isPermit || value[0] is < '1' or > '8' : !isPermit)
        {
            return IdentityNumberError.WrongPrefix;
        }

        if (!DateOnly.TryParseExact(value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth.Year < 1900)
        {
            return IdentityNumberError.InvalidBirthDate;
        }

        return Mod112CheckCharacter(value.AsSpan(0, 17)) == value[17]
            ? IdentityNumberError.None
            : IdentityNumberError.WrongCheckCharacter;
    }

    private static IdentityNumberError ValidateTravelPermit(string value)
    {
        if (value.Length is not (9 or 11))
        {
            return IdentityNumberError.WrongLength;
        }

        if (value[0] is not ('H' or 'M'))
        {
            return IdentityNumberError.WrongPrefix;
        }

        return AllDigits(value.AsSpan(1)) ? IdentityNumberError.None : IdentityNumberError.IllegalCharacter;
    }

    private static IdentityNumberError ValidateForeignPermanentResidentCard(string value)
    {
        switch (value.Length)
        {
            case 18:
                if (!AllDigits(value.AsSpan(0, 17)) || !(char.IsAsciiDigit(value[17]) || value[17] == 'X'))
                {
                    return IdentityNumberError.IllegalCharacter;
                }

                if (value[0] != '9')
                {
                    return IdentityNumberError.WrongPrefix;
                }

                return Mod112CheckCharacter(value.AsSpan(0, 17)) == value[17]
                    ? IdentityNumberError.None
                    : IdentityNumberError.WrongCheckCharacter;
            case 15:
                return value.AsSpan(0, 3).ContainsAnyExceptInRange('A', 'Z') || !AllDigits(value.AsSpan(3))
                    ? IdentityNumberError.IllegalCharacter
                    : IdentityNumberError.None;
            default:
                return IdentityNumberError.WrongLength;
        }
    }

    private static bool AllDigits(ReadOnlySpan<char> span) => !span.ContainsAnyExceptInRange('0', '9');
}
