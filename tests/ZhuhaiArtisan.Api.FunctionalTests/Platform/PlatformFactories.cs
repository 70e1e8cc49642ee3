using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;

namespace ZhuhaiArtisan.Api.FunctionalTests.Platform;

/// <summary>The API as deployed: Production environment, its own secrets, no demo data, no development helpers.</summary>
public sealed class ProductionApiFactory : SqliteApiFactory
{
    protected override string EnvironmentName => "Production";

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Auth:SigningKey"] = ProductionSigningKey,
        ["Auth:EnableDevTokens"] = "false",
    };
}

/// <summary>A deliberately low anonymous rate limit, to see it enforced.</summary>
public sealed class RateLimitedApiFactory : SqliteApiFactory
{
    public const int Limit = 3;

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["RateLimiting:AnonymousPermitLimit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimiting:AnonymousWindow"] = "00:10:00",
        ["Cors:AllowedOrigins:0"] = "https://frontend.example",
    };
}

/// <summary>Any environment and settings, for tests of how the API starts (or refuses to).</summary>
public sealed class ConfiguredApiFactory(string environment, IReadOnlyDictionary<string, string?> settings) : SqliteApiFactory
{
    protected override string EnvironmentName => environment;

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => settings;
}
