using System.Net;
using System.Net.Http.Json;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;

namespace ZhuhaiArtisan.Api.FunctionalTests.Platform;

public sealed class StartupGuardTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string> UnsafeProductionSettings => new()
    {
        { "Security:CursorSigningKey", ZhuhaiArtisan.Infrastructure.Security.SecurityOptions.DevelopmentCursorSigningKey, "Security:CursorSigningKey" },
        { "Auth:SigningKey", "zhuhai-artisan-development-signing-key-not-for-production", "Auth:SigningKey" },
        { "Auth:SigningKey", "short", "Auth:SigningKey" },
        { "Auth:EnableDevTokens", "true", "Auth:EnableDevTokens" },
        { "Webhooks:AllowLoopbackHttp", "true", "Webhooks:AllowLoopbackHttp" },
    };

    [Theory]
    [MemberData(nameof(UnsafeProductionSettings))]
    public async Task Production_WithAnUnsafeSetting_RefusesToStart(string key, string value, string named)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Auth:SigningKey"] = ApiFactory.ProductionSigningKey,
            ["Auth:EnableDevTokens"] = "false",
        };
        settings[key] = value;
        await using var factory = new ConfiguredApiFactory("Production", settings);

        var exception = await Assert.ThrowsAnyAsync<Exception>(async () => await factory.InitializeAsync());

        Assert.Contains(named, exception.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Staging")]
    [InlineData("Production")]
    public async Task DevTokens_OutsideTheEmbeddedDefault_AreNotServed(string environment)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Auth:SigningKey"] = ApiFactory.ProductionSigningKey,
            ["Auth:EnableDevTokens"] = "false",
        };
        await using var factory = new ConfiguredApiFactory(environment, settings);
        await factory.InitializeAsync();

        var response = await factory.CreateClient().PostAsJsonAsync("/dev/tokens", new { role = "CityAdmin" }, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
