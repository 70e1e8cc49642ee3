using System.Net;
using System.Net.Http.Json;

namespace ZhuhaiArtisan.Api.FunctionalTests.Platform;

public sealed class ProductionSurfaceTests(ProductionApiFactory api) : IClassFixture<ProductionApiFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DemoData_InProduction_IsNotLoaded_ButReferenceDataIs()
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ZhuhaiArtisan.Infrastructure.Persistence.Seeding.DemoData.PartnerApiKey);

        var partner = await client.GetAsync("/api/v1/partner-clients/current", Cancel);
        var districts = await api.CreateClient().GetAsync("/api/v1/districts", Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, partner.StatusCode);
        Assert.Equal(HttpStatusCode.OK, districts.StatusCode);
    }

    [Fact]
    public async Task Health_LiveAndReady_Return200()
    {
        var client = api.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready", Cancel)).StatusCode);
    }

    [Fact]
    public async Task UnknownRoute_Returns404ProblemWithCode()
    {
        var response = await api.CreateClient().GetAsync("/api/v1/nothing-here", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Cancel);
        Assert.Equal("resource.not_found", problem.GetProperty("code").GetString());
    }
}
