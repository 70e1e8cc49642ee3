using ZhuhaiArtisan.DataGenerator.Common;
using ZhuhaiArtisan.Domain.Organizations;

namespace ZhuhaiArtisan.DataGenerator.Organizations;

/// <summary>
/// Unified social credit codes (GB 32100-2015) that never repeat: the registering authority and
/// kind (91 company, 12 public institution, 52 private non-enterprise unit), the district's
/// GB/T 2260 code, a nine-character organisation code whose last character is its own GB 11714
/// check character, and the GB 32100 check character computed by the domain's value object.
/// </summary>
internal sealed class CreditCodeFactory
{
    private const int MaximumAttempts = 1000;

    // The GB 32100 alphabet: digits and capitals without I, O, Z, S and V.
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] OrganizationCodeWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    private readonly HashSet<string> _issued = new(StringComparer.Ordinal);

    /// <param name="kind">91, 12 or 52.</param>
    /// <param name="divisionCode">Six digits, GB/T 2260.</param>
    public string Next(Random random, string kind, string divisionCode)
    {
        Span<char> body = stackalloc char[8];
        for (var attempt = 0; attempt < MaximumAttempts; attempt++)
        {
            if (kind == "91")
            {
                // Codes issued since the 2015 reform start MA.
                body[0] = 'M';
                body[1] = 'A';
                for (var i = 2; i < 8; i++)
                {
                    body[i] = Alphabet[random.Next(Alphabet.Length)];
                }
            }
            else
            {
                for (var i = 0; i < 8; i++)
                {
                    body[i] = (char)('0' + random.Next(10));
                }
            }

            var first17 = string.Concat(kind, divisionCode, body, [OrganizationCodeCheck(body)]);
            var code = first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
            if (_issued.Add(code))
            {
                return code;
            }
        }

        throw new GenerationException("Ran out of unused credit codes.");
    }

    /// <summary>GB 11714: 11 minus the weighted sum modulo 11; 10 is X and 11 is 0.</summary>
    private static char OrganizationCodeCheck(ReadOnlySpan<char> body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var value = char.IsAsciiDigit(body[i]) ? body[i] - '0' : body[i] - 'A' + 10;
            sum += value * OrganizationCodeWeights[i];
        }

        return (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var check => (char)('0' + check),
        };
    }
}
