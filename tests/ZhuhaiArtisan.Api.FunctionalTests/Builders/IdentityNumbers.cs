using ZhuhaiArtisan.Domain.Talents.IdentityDocuments;

namespace ZhuhaiArtisan.Api.FunctionalTests.Builders;

/// <summary>Fresh, fictional identity numbers with valid check characters.</summary>
public static class IdentityNumbers
{
    private static int _sequence;

    /// <summary>A resident identity card number of someone born in 1990 in 香洲区.</summary>
    public static string NextResident()
    {
        var serial = (Interlocked.Increment(ref _sequence) + Random.Shared.Next(0, 900)) % 1000;
        var day = 1 + Random.Shared.Next(0, 28);
        var first17 = $"44040219900{Random.Shared.Next(1, 10)}{day:D2}{serial:D3}";
        return first17 + IdentityDocumentRules.Mod112CheckCharacter(first17);
    }

    public static string WithWrongCheckCharacter(string number) =>
        number[..17] + (number[17] == '0' ? '1' : '0');
}
