using System.Net;
using System.Net.Http.Json;
using ZhuhaiArtisan.Api.FunctionalTests.Builders;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Integration;

public abstract class WebhookEndpointTests(ApiFactory api) : WebhookFunctionalTest(api)
{
    private const string Receiver = "http://127.0.0.1:9/hooks";

    [Fact]
    public async Task RegisterWebhookEndpoint_ShowsTheSecretOnlyInItsResponse()
    {
        var response = await Partner().PostAsJsonAsync(Endpoints, new { url = Receiver, eventTypes = new[] { "catalogue.edition.published", "catalogue.item.suspended" } }, Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var body = await ReadJson(response);
        var secret = body.GetProperty("secret").GetString()!;
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.Equal(32, Convert.FromBase64String(secret["whsec_".Length..]).Length);
        var id = body.GetProperty("endpoint").GetProperty("id").GetString();
        Assert.Equal($"/api/v1/webhook-endpoints/{id}", response.Headers.Location?.ToString());
        Assert.Equal("active", body.GetProperty("endpoint").GetProperty("status").GetString());

        var read = await Partner().GetStringAsync($"{Endpoints}/{id}", Cancel);
        var listed = await Partner().GetStringAsync(Endpoints, Cancel);
        var cityListed = await (await Api.SignedInAs("CityAdmin")).GetStringAsync(Endpoints, Cancel);
        foreach (var text in new[] { read, listed, cityListed })
        {
            Assert.DoesNotContain(secret["whsec_".Length..], text, StringComparison.Ordinal);
            Assert.DoesNotContain("secret\"", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("/relative/hooks")]
    [InlineData("ftp://example.com/hooks")]
    [InlineData("https://user:password@example.com/hooks")]
    [InlineData("")]
    public async Task RegisterWebhookEndpoint_WhenTheUrlIsMalformed_Returns400WithTheField(string url)
    {
        var response = await Partner().PostAsJsonAsync(Endpoints, new { url, eventTypes = new[] { "catalogue.edition.published" } }, Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("url", out _));
    }

    [Fact]
    public async Task RegisterWebhookEndpoint_WhenPlainHttpToAPublicHost_Returns400UrlNotHttps()
    {
        var response = await Partner().PostAsJsonAsync(Endpoints, new { url = "http://example.com/hooks", eventTypes = new[] { "catalogue.edition.published" } }, Cancel);

        await AssertProblem(response, HttpStatusCode.BadRequest, "webhook_endpoint.url_not_https");
    }

    [Theory]
    [InlineData("https://10.0.0.5/hooks")]
    [InlineData("https://172.16.3.4/hooks")]
    [InlineData("https://192.168.1.10:8443/hooks")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://100.64.0.1/hooks")]
    [InlineData("https://0.0.0.0/hooks")]
    [InlineData("https://[fd00::1]/hooks")]
    [InlineData("https://[fe80::1]/hooks")]
    [InlineData("https://[::ffff:10.0.0.1]/hooks")]
    public async Task RegisterWebhookEndpoint_WhenTheHostIsNotPublic_Returns400UrlNotPublic(string url)
    {
        var response = await Partner().PostAsJsonAsync(Endpoints, new { url, eventTypes = new[] { "catalogue.edition.published" } }, Cancel);

        await AssertProblem(response, HttpStatusCode.BadRequest, "webhook_endpoint.url_not_public");
    }

    [Fact]
    public async Task RegisterWebhookEndpoint_WhenAnEventTypeIsUnknown_Returns400NamingIt()
    {
        var response = await Partner().PostAsJsonAsync(Endpoints, new { url = Receiver, eventTypes = new[] { "catalogue.edition.published", "catalogue.item.deleted" } }, Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("eventTypes[1]", out _), problem.ToString());
    }

    [Fact]
    public async Task RegisterWebhookEndpoint_WithoutEventTypes_Returns400()
    {
        var response = await Partner().PostAsJsonAsync(Endpoints, new { url = Receiver, eventTypes = Array.Empty<string>() }, Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("eventTypes", out _));
    }

    [Fact]
    public async Task RegisterWebhookEndpoint_WithEveryEventTypeIncludingTheReservedOne_Returns201()
    {
        string[] all =
        [
            "catalogue.edition.published", "catalogue.item.suspended", "catalogue.item.withdrawn",
            "training.completion.accepted", "training.completion.rejected", "subsidy.trainee.paid",
        ];

        var response = await Partner().PostAsJsonAsync(Endpoints, new { url = Receiver, eventTypes = all }, Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var types = (await ReadJson(response)).GetProperty("endpoint").GetProperty("eventTypes").EnumerateArray().Select(t => t.GetString()).ToList();
        Assert.Equal(all.Order(StringComparer.Ordinal), types);
    }

    [Fact]
    public async Task WebhookEndpoints_WhenTheCallerIsNotAPartner_AreRefused()
    {
        var body = new { url = Receiver, eventTypes = new[] { "catalogue.edition.published" } };

        await AssertProblem(await Api.Anonymous().PostAsJsonAsync(Endpoints, body, Cancel), HttpStatusCode.Unauthorized, "auth.unauthenticated");
        await AssertProblem(await Api.Anonymous().GetAsync(Endpoints, Cancel), HttpStatusCode.Unauthorized, "auth.unauthenticated");
        var enterprise = await Api.SignedInAs("Enterprise", new { org = DemoData.EnterpriseId.ToString() });
        await AssertProblem(await enterprise.PostAsJsonAsync(Endpoints, body, Cancel), HttpStatusCode.Forbidden, "access.forbidden");
        await AssertProblem(await enterprise.GetAsync(Endpoints, Cancel), HttpStatusCode.Forbidden, "access.forbidden");
        // The city reads every endpoint but registers none: endpoints belong to partners.
        await AssertProblem(await (await Api.SignedInAs("CityAdmin")).PostAsJsonAsync(Endpoints, body, Cancel), HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Fact]
    public async Task WebhookEndpoints_OfAnotherPartner_Answer404AndAreNotListed()
    {
        var (id, _) = await RegisterAsync(Receiver, "catalogue.edition.published");
        var other = await OtherPartnerAsync();

        await AssertProblem(await other.GetAsync($"{Endpoints}/{id}", Cancel), HttpStatusCode.NotFound, "webhook_endpoint.not_found");
        await AssertProblem(await other.DeleteAsync($"{Endpoints}/{id}", Cancel), HttpStatusCode.NotFound, "webhook_endpoint.not_found");
        await AssertProblem(await other.PostAsync($"{Endpoints}/{id}/secret-rotations", null, Cancel), HttpStatusCode.NotFound, "webhook_endpoint.not_found");
        await AssertProblem(await other.GetAsync($"{Endpoints}/{id}/deliveries", Cancel), HttpStatusCode.NotFound, "webhook_endpoint.not_found");
        var listed = await ReadJson(await other.GetAsync(Endpoints, Cancel));
        Assert.Empty(listed.GetProperty("items").EnumerateArray());

        // The city sees both partners' endpoints, and can narrow the list to one.
        var city = await Api.SignedInAs("CityAdmin");
        var cityListed = await ReadJson(await city.GetAsync($"{Endpoints}?client={DemoData.PartnerClientId}", Cancel));
        Assert.Single(cityListed.GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, (await city.GetAsync($"{Endpoints}/{id}", Cancel)).StatusCode);
    }

    [Fact]
    public async Task ChangingAnEndpoint_ByAnotherPartner_Answers404_AndByTheCity_403()
    {
        var (id, _) = await RegisterAsync(Receiver, "catalogue.edition.published");
        var etag = (await Partner().GetAsync($"{Endpoints}/{id}", Cancel)).Headers.ETag!.ToString();
        var body = new { url = Receiver, eventTypes = new[] { "catalogue.item.withdrawn" } };
        var other = await OtherPartnerAsync();
        var city = await Api.SignedInAs("CityAdmin");

        await AssertProblem(await SendAs(other, HttpMethod.Put, $"{Endpoints}/{id}", body, etag), HttpStatusCode.NotFound, "webhook_endpoint.not_found");
        await AssertProblem(await SendAs(other, HttpMethod.Post, $"{Endpoints}/{id}/reactivation", null, etag), HttpStatusCode.NotFound, "webhook_endpoint.not_found");
        await AssertProblem(await SendAs(city, HttpMethod.Put, $"{Endpoints}/{id}", body, etag), HttpStatusCode.Forbidden, "access.forbidden");
        await AssertProblem(await SendAs(city, HttpMethod.Post, $"{Endpoints}/{id}/reactivation", null, etag), HttpStatusCode.Forbidden, "access.forbidden");
        await AssertProblem(await SendAs(city, HttpMethod.Post, $"{Endpoints}/{id}/secret-rotations", null, etag), HttpStatusCode.Forbidden, "access.forbidden");
        await AssertProblem(await SendAs(city, HttpMethod.Delete, $"{Endpoints}/{id}", null, etag), HttpStatusCode.Forbidden, "access.forbidden");
        Assert.Equal(etag, (await Partner().GetAsync($"{Endpoints}/{id}", Cancel)).Headers.ETag!.ToString());
    }

    private static async Task<HttpResponseMessage> SendAs(HttpClient caller, HttpMethod method, string url, object? body, string ifMatch)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await caller.SendAsync(request, Cancel);
    }

    [Fact]
    public async Task ChangeWebhookEndpoint_WithIfMatch_ChangesIt_AndWithoutOrStale_IsRefused()
    {
        var (id, _) = await RegisterAsync(Receiver, "catalogue.edition.published");
        var read = await Partner().GetAsync($"{Endpoints}/{id}", Cancel);
        var etag = read.Headers.ETag!.ToString();
        var body = new { url = "http://127.0.0.1:9/other", eventTypes = new[] { "catalogue.item.withdrawn" }, description = "改" };

        await AssertProblem(await Partner().PutAsJsonAsync($"{Endpoints}/{id}", body, Cancel), (HttpStatusCode)428, "concurrency.if_match_required");
        var changed = await Send(HttpMethod.Put, $"{Endpoints}/{id}", body, etag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var endpoint = await ReadJson(changed);
        Assert.Equal("http://127.0.0.1:9/other", endpoint.GetProperty("url").GetString());
        Assert.Equal(["catalogue.item.withdrawn"], endpoint.GetProperty("eventTypes").EnumerateArray().Select(t => t.GetString()));
        await AssertProblem(await Send(HttpMethod.Put, $"{Endpoints}/{id}", body, etag), HttpStatusCode.PreconditionFailed, "concurrency.stale_version");
        var privateUrl = new { url = "https://10.1.1.1/x", eventTypes = new[] { "catalogue.item.withdrawn" } };
        await AssertProblem(await Send(HttpMethod.Put, $"{Endpoints}/{id}", privateUrl, changed.Headers.ETag!.ToString()), HttpStatusCode.BadRequest, "webhook_endpoint.url_not_public");
    }

    [Theory]
    [InlineData("url", "\"http://example.com/hooks\"", "webhook_endpoint.url_not_https")]
    [InlineData("url", "\"http://10.0.0.5/hooks\"", "webhook_endpoint.url_not_https")]
    [InlineData("url", "\"ftp://127.0.0.1/hooks\"", "validation.failed")]
    [InlineData("url", "\"\"", "validation.failed")]
    [InlineData("url", null, "validation.failed")]
    [InlineData("url", "42", "request.malformed")]
    [InlineData("eventTypes", "[]", "validation.failed")]
    [InlineData("eventTypes", "[\"catalogue.item.deleted\"]", "validation.failed")]
    [InlineData("eventTypes", "[\"\"]", "validation.failed")]
    [InlineData("eventTypes", null, "validation.failed")]
    [InlineData("eventTypes", "\"catalogue.item.withdrawn\"", "request.malformed")]
    [InlineData("eventTypes", "[1]", "request.malformed")]
    [InlineData("description", "5", "request.malformed")]
    [InlineData("description", "\"\\u0007\"", "validation.failed")]
    public async Task ChangeWebhookEndpoint_WithBadInput_Returns400AndChangesNothing(string field, string? json, string code)
    {
        var (id, _) = await RegisterAsync(Receiver, "catalogue.edition.published");
        var etag = (await Partner().GetAsync($"{Endpoints}/{id}", Cancel)).Headers.ETag!.ToString();
        var body = RequestBodies.With(new { url = "http://127.0.0.1:9/other", eventTypes = new[] { "catalogue.item.withdrawn" }, description = "改" }, field, json);

        var response = await SendContent(HttpMethod.Put, $"{Endpoints}/{id}", body, etag);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, code);
        if (code != "webhook_endpoint.url_not_https")
        {
            Assert.True(problem.GetProperty("errors").EnumerateObject().Any(e => e.Name.StartsWith(field, StringComparison.Ordinal)), problem.ToString());
        }

        var read = await Partner().GetAsync($"{Endpoints}/{id}", Cancel);
        Assert.Equal(etag, read.Headers.ETag!.ToString());
        var endpoint = await ReadJson(read);
        Assert.Equal(Receiver, endpoint.GetProperty("url").GetString());
        Assert.Equal(["catalogue.edition.published"], endpoint.GetProperty("eventTypes").EnumerateArray().Select(t => t.GetString()));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    public async Task ChangeWebhookEndpoint_WithABodyThatIsNotAnObject_Returns400Malformed(string json)
    {
        var (id, _) = await RegisterAsync(Receiver, "catalogue.edition.published");
        var etag = (await Partner().GetAsync($"{Endpoints}/{id}", Cancel)).Headers.ETag!.ToString();

        await AssertProblem(await SendContent(HttpMethod.Put, $"{Endpoints}/{id}", RequestBodies.Json(json), etag), HttpStatusCode.BadRequest, "request.malformed");
    }

    [Theory]
    [InlineData("W/\"1\"")]
    [InlineData("\"one\"")]
    [InlineData("1")]
    public async Task ChangeWebhookEndpoint_WithAWeakOrMalformedIfMatch_Returns412(string ifMatch)
    {
        var (id, _) = await RegisterAsync(Receiver, "catalogue.edition.published");
        var body = new { url = "http://127.0.0.1:9/other", eventTypes = new[] { "catalogue.item.withdrawn" } };

        await AssertProblem(await Send(HttpMethod.Put, $"{Endpoints}/{id}", body, ifMatch), HttpStatusCode.PreconditionFailed, "concurrency.stale_version");
        Assert.Equal("\"1\"", (await Partner().GetAsync($"{Endpoints}/{id}", Cancel)).Headers.ETag!.ToString());
    }

    [Fact]
    public async Task ChangeWebhookEndpoint_OfAnUnknownEndpoint_Returns404()
    {
        var body = new { url = Receiver, eventTypes = new[] { "catalogue.item.withdrawn" } };

        await AssertProblem(await Send(HttpMethod.Put, $"{Endpoints}/{Guid.CreateVersion7()}", body, "\"1\""), HttpStatusCode.NotFound, "webhook_endpoint.not_found");
    }

    [Theory]
    [MemberData(nameof(BadPaging))]
    [InlineData("?client=not-a-guid", "client", "request.malformed")]
    public async Task ListWebhookEndpoints_WithBadParameters_Returns400NamingTheParameter(string query, string field, string code)
    {
        var response = await Partner().GetAsync($"{Endpoints}{query}", Cancel);

        await AssertRefusedParameter(response, field, code);
    }

    [Theory]
    [MemberData(nameof(BadPaging))]
    [InlineData("?status=delivered", "status", "validation.failed")]
    [InlineData("?status=Succeeded", "status", "validation.failed")]
    [InlineData("?status=0", "status", "validation.failed")]
    public async Task ListWebhookDeliveries_WithBadParameters_Returns400NamingTheParameter(string query, string field, string code)
    {
        var (id, _) = await RegisterAsync(Receiver, "catalogue.edition.published");

        var response = await Partner().GetAsync($"{Endpoints}/{id}/deliveries{query}", Cancel);

        await AssertRefusedParameter(response, field, code);
    }

    [Fact]
    public async Task ListWebhookEndpointsAndDeliveries_WithACursorTamperedOrIssuedByAnotherList_Returns400InvalidCursor()
    {
        var (id, _) = await RegisterAsync(Receiver, "catalogue.edition.published");
        await RegisterAsync("http://127.0.0.1:9/second", "catalogue.item.suspended");
        var cursor = (await ReadJson(await Partner().GetAsync($"{Endpoints}?limit=1", Cancel))).GetProperty("nextCursor").GetString()!;

        await AssertProblem(await Partner().GetAsync($"{Endpoints}/{id}/deliveries?cursor={Uri.EscapeDataString(cursor)}", Cancel), HttpStatusCode.BadRequest, "paging.invalid_cursor");
        await AssertProblem(await Partner().GetAsync($"{Endpoints}?cursor={Uri.EscapeDataString(cursor[..^2])}", Cancel), HttpStatusCode.BadRequest, "paging.invalid_cursor");
        var second = await ReadJson(await Partner().GetAsync($"{Endpoints}?limit=1&cursor={Uri.EscapeDataString(cursor)}", Cancel));
        Assert.Single(second.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task DeleteWebhookEndpoint_RemovesIt()
    {
        var (id, _) = await RegisterAsync(Receiver, "catalogue.edition.published");

        Assert.Equal(HttpStatusCode.NoContent, (await Partner().DeleteAsync($"{Endpoints}/{id}", Cancel)).StatusCode);

        await AssertProblem(await Partner().GetAsync($"{Endpoints}/{id}", Cancel), HttpStatusCode.NotFound, "webhook_endpoint.not_found");
    }

    [Fact]
    public async Task ReactivateWebhookEndpoint_WhenActive_Returns409()
    {
        var (id, _) = await RegisterAsync(Receiver, "catalogue.edition.published");

        await AssertProblem(await Partner().PostAsync($"{Endpoints}/{id}/reactivation", null, Cancel), HttpStatusCode.Conflict, "webhook_endpoint.not_disabled");
    }

    private async Task<HttpResponseMessage> Send(HttpMethod method, string url, object body, string ifMatch)
    {
        using var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await Partner().SendAsync(request, Cancel);
    }

    private async Task<HttpResponseMessage> SendContent(HttpMethod method, string url, HttpContent content, string ifMatch)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await Partner().SendAsync(request, Cancel);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class WebhookEndpointTestsOnSqlite(SqliteApiFactory api) : WebhookEndpointTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class WebhookEndpointTestsOnPostgreSql(PostgreSqlApiFactory api) : WebhookEndpointTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class WebhookEndpointTestsOnSqlServer(SqlServerApiFactory api) : WebhookEndpointTests(api);
