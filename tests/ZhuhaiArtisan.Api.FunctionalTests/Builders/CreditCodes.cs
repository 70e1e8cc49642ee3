using ZhuhaiArtisan.Domain.Organizations;

namespace ZhuhaiArtisan.Api.FunctionalTests.Builders;

public static class CreditCodes
{
    private static int _sequence;

    /// <summary>A fresh, valid code: 17 characters of a fictional organisation plus its GB 32100 check character.</summary>
    public static string Next()
    {
        var serial = Interlocked.Increment(ref _sequence) + Random.Shared.Next(0, 999_999) * 1000;
        var first17 = $"91440400MA{serial % 10_000_000:D7}";
        return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }

    /// <summary>The same code with a wrong check character.</summary>
    public static string WithWrongCheckCharacter(string code) =>
        code[..17] + (code[17] == '0' ? '1' : '0');
}
