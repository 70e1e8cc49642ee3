namespace ZhuhaiArtisan.Api.FunctionalTests.Platform;

public sealed class StartupGuardTests
{
    [Fact]
    public async Task Production_WithTheDevelopmentCursorKey_RefusesToStart()
    {
        var factory = new MisconfiguredProductionApiFactory();

        var exception = await Assert.ThrowsAnyAsync<Exception>(async () => await factory.InitializeAsync());

        Assert.Contains("Security:CursorSigningKey", exception.ToString(), StringComparison.Ordinal);
        await factory.DisposeAsync();
    }
}
