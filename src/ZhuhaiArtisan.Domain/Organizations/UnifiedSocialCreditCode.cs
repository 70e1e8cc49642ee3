using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Organizations;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (no I, O, Z, S, V);
/// characters 3–8 are the administrative division code; the 18th is a check character computed
/// modulo 31 over the first 17.
/// </summary>
public sealed record UnifiedSocialCreditCode
{
    public const int Length = 18;

    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private UnifiedSocialCreditCode(string value) => Value = value;

    public string Value { get; }

    public static UnifiedSocialCreditCode Parse(string value) =>
        TryParse(value, out var code)
            ? code
            : throw new DomainValueException("organization.invalid_uscc", $"'{value}' is not a valid unified social credit code.");

    public static bool TryParse(string? value, out UnifiedSocialCreditCode code)
    {
        code = null!;
        if (Validate(value) != UnifiedSocialCreditCodeError.None)
        {
            return false;
        }

        code = new UnifiedSocialCreditCode(value!);
        return true;
    }

    /// <summary>Says what, if anything, is wrong with a candidate code, so a caller can name it.</summary>
    public static UnifiedSocialCreditCodeError Validate(string? value)
    {
        if (value is null || value.Length != Length)
        {
            return UnifiedSocialCreditCodeError.WrongLength;
        }

        if (value.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return UnifiedSocialCreditCodeError.IllegalCharacter;
        }

        // Characters 3–8 are the administrative division code.
        if (value.AsSpan(2, 6).ContainsAnyExceptInRange('0', '9'))
        {
            return UnifiedSocialCreditCodeError.IllegalCharacter;
        }

        return ComputeCheckCharacter(value.AsSpan(0, Length - 1)) == value[Length - 1]
            ? UnifiedSocialCreditCodeError.None
            : UnifiedSocialCreditCodeError.WrongCheckCharacter;
    }

    /// <summary>The check character for the first 17 characters of a code.</summary>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException("Exactly 17 characters are needed.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var index = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (index < 0)
            {
                throw new ArgumentException($"'{first17[i]}' is not in the GB 32100 alphabet.", nameof(first17));
            }

            sum += index * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }

    public override string ToString() => Value;
}
