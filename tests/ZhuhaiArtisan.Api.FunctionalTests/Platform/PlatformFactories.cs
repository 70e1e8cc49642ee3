using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;

namespace ZhuhaiArtisan.Api.FunctionalTests.Platform;

/// <summary>The API as deployed: Production environment, no demo data, no development helpers.</summary>
public sealed class ProductionApiFactory : SqliteApiFactory
{
    protected override string EnvironmentName => "Production";
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

/// <summary>Production with the development cursor key left in place: must refuse to start.</summary>
public sealed class MisconfiguredProductionApiFactory : SqliteApiFactory
{
    protected override string EnvironmentName => "Production";

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Security:CursorSigningKey"] = ZhuhaiArtisan.Infrastructure.Security.SecurityOptions.DevelopmentCursorSigningKey,
    };
}
