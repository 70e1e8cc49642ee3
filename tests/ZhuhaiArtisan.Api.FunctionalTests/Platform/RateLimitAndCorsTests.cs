using System.Net;

namespace ZhuhaiArtisan.Api.FunctionalTests.Platform;

public sealed class RateLimitAndCorsTests(RateLimitedApiFactory api) : IClassFixture<RateLimitedApiFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnonymousCaller_OverTheLimit_Gets429WithRetryAfter_WhileSignedInCallersDoNot()
    {
        var anonymous = api.CreateClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < RateLimitedApiFactory.Limit + 2; i++)
        {
            last = await anonymous.GetAsync("/api/v1/skill-levels", Cancel);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.True(last!.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);

        var partner = api.CreateClient();
        partner.DefaultRequestHeaders.Add("X-Api-Key", ZhuhaiArtisan.Infrastructure.Persistence.Seeding.DemoData.PartnerApiKey);
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync("/api/v1/skill-levels", Cancel)).StatusCode);
    }

    [Fact]
    public async Task Cors_AllowsConfiguredOriginOnly()
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ZhuhaiArtisan.Infrastructure.Persistence.Seeding.DemoData.PartnerApiKey);

        using var allowed = new HttpRequestMessage(HttpMethod.Options, "/api/v1/organizations");
        allowed.Headers.Add("Origin", "https://frontend.example");
        allowed.Headers.Add("Access-Control-Request-Method", "POST");
        using var refused = new HttpRequestMessage(HttpMethod.Options, "/api/v1/organizations");
        refused.Headers.Add("Origin", "https://evil.example");
        refused.Headers.Add("Access-Control-Request-Method", "POST");

        var allowedResponse = await client.SendAsync(allowed, Cancel);
        var refusedResponse = await client.SendAsync(refused, Cancel);

        Assert.Equal("https://frontend.example", allowedResponse.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(refusedResponse.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
