namespace ZhuhaiArtisan.Api.FunctionalTests.Builders;

/// <summary>Fresh, fictional skill-certificate numbers in the shape of the demo ones.</summary>
public static class CertificateNumbers
{
    private static int _sequence;

    public static string Next() =>
        $"T4404{DateTime.UtcNow:yyyy}{Interlocked.Increment(ref _sequence) % 10_000:D4}{Random.Shared.Next(0, 100_000):D5}";
}
