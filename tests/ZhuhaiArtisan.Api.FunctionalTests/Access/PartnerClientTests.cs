using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Access;

public abstract class PartnerClientTests(ApiFactory api) : FunctionalTest(api)
{
    private const string Url = "/api/v1/partner-clients";

    [Fact]
    public async Task IssuePartnerApiKey_ThenTheKeySignsInUntilRevoked()
    {
        var admin = await Api.SignedInAs("CityAdmin");
        var client = await ReadJson(await admin.PostAsJsonAsync(Url, new { code = "test-partner", name = "测试合作方" }, Cancel));
        var clientId = client.GetProperty("id").GetString();

        var issued = await admin.PostAsJsonAsync($"{Url}/{clientId}/api-keys", new { name = "integration" }, Cancel);
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        Assert.Equal("no-store", issued.Headers.CacheControl?.ToString());
        var key = await ReadJson(issued);
        var secret = key.GetProperty("key").GetString()!;
        Assert.StartsWith(key.GetProperty("prefix").GetString()!, secret, StringComparison.Ordinal);

        var current = await Api.WithApiKey(secret).GetAsync($"{Url}/current", Cancel);
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        Assert.Equal("test-partner", (await ReadJson(current)).GetProperty("code").GetString());

        // Listed without the key itself.
        var listed = await admin.GetAsync($"{Url}/{clientId}/api-keys", Cancel);
        var listedText = await listed.Content.ReadAsStringAsync(Cancel);
        Assert.DoesNotContain(secret, listedText, StringComparison.Ordinal);
        Assert.DoesNotContain("\"key\"", listedText, StringComparison.Ordinal);

        var revoked = await admin.PostAsync($"{Url}/{clientId}/api-keys/{key.GetProperty("id").GetString()}/revocation", null, Cancel);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.NotEqual(JsonValueKind.Null, (await ReadJson(revoked)).GetProperty("revokedAt").ValueKind);

        var afterRevocation = await Api.WithApiKey(secret).GetAsync($"{Url}/current", Cancel);
        await AssertProblem(afterRevocation, HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }

    [Fact]
    public async Task IssuePartnerApiKey_WhenExpiryHasAChinaOffset_StoresTheInstantInUtc()
    {
        var admin = await Api.SignedInAs("CityAdmin");

        var response = await admin.PostAsJsonAsync($"{Url}/{DemoData.PartnerClientId}/api-keys", new { name = "tz", expiresAt = "2030-01-01T08:00:00+08:00" }, Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero), (await ReadJson(response)).GetProperty("expiresAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task AnyRequest_WithBothATokenAndAnApiKey_Returns400()
    {
        var admin = await Api.SignedInAs("CityAdmin");
        admin.DefaultRequestHeaders.Add("X-Api-Key", DemoData.PartnerApiKey);

        var response = await admin.PostAsJsonAsync(Url, new { code = "mixed", name = "mixed" }, Cancel);

        await AssertProblem(response, HttpStatusCode.BadRequest, "auth.ambiguous_credentials");
    }

    [Fact]
    public async Task GetCurrentPartnerClient_WithTheDemoKey_ReturnsJixingZhuhai()
    {
        var response = await Api.WithApiKey(DemoData.PartnerApiKey).GetAsync($"{Url}/current", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DemoData.PartnerClientCode, (await ReadJson(response)).GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("za_unknown0000000000000000000000000000000")]
    [InlineData("x")]
    public async Task GetCurrentPartnerClient_WithAnUnknownKey_Returns401(string key)
    {
        var response = await Api.WithApiKey(key).GetAsync($"{Url}/current", Cancel);

        await AssertProblem(response, HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }

    [Fact]
    public async Task GetCurrentPartnerClient_WithAnOversizedKey_Returns401()
    {
        var response = await Api.WithApiKey(new string('k', 5000)).GetAsync($"{Url}/current", Cancel);

        await AssertProblem(response, HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }

    [Fact]
    public async Task GetCurrentPartnerClient_WhenCallerIsNotAPartner_Returns403()
    {
        var admin = await Api.SignedInAs("CityAdmin");

        var response = await admin.GetAsync($"{Url}/current", Cancel);

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Theory]
    [InlineData("Enterprise")]
    [InlineData("DistrictAdmin")]
    [InlineData("Partner")]
    public async Task IssuePartnerApiKey_WhenNotCityAdmin_Returns403(string role)
    {
        var caller = await Api.SignedInAs(role);

        var response = await caller.PostAsJsonAsync($"{Url}/{DemoData.PartnerClientId}/api-keys", new { name = "mine" }, Cancel);

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Fact]
    public async Task IssuePartnerApiKey_WhenPartnerUsesItsOwnKey_Returns403()
    {
        var response = await Api.WithApiKey(DemoData.PartnerApiKey).PostAsJsonAsync($"{Url}/{DemoData.PartnerClientId}/api-keys", new { name = "mine" }, Cancel);

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Fact]
    public async Task IssuePartnerApiKey_WhenClientIsUnknown_Returns404()
    {
        var admin = await Api.SignedInAs("CityAdmin");

        var response = await admin.PostAsJsonAsync($"{Url}/{Guid.NewGuid()}/api-keys", new { name = "x" }, Cancel);

        await AssertProblem(response, HttpStatusCode.NotFound, "partner_client.not_found");
    }

    [Fact]
    public async Task IssuePartnerApiKey_WhenTwoKeysAreAlreadyActive_Returns409()
    {
        var admin = await Api.SignedInAs("CityAdmin");
        var url = $"{Url}/{DemoData.PartnerClientId}/api-keys";
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync(url, new { name = "second" }, Cancel)).StatusCode);

        var response = await admin.PostAsJsonAsync(url, new { name = "third" }, Cancel);

        await AssertProblem(response, HttpStatusCode.Conflict, "partner_client.too_many_active_keys");
    }

    [Fact]
    public async Task IssuePartnerApiKey_WhenInputIsInvalid_Returns400NamingFields()
    {
        var admin = await Api.SignedInAs("CityAdmin");

        var response = await admin.PostAsJsonAsync($"{Url}/{DemoData.PartnerClientId}/api-keys", new { name = new string('n', 65), expiresAt = "2001-01-01T00:00:00Z" }, Cancel);

        var errors = (await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed")).GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("expiresAt", out _));
    }

    [Fact]
    public async Task RevokePartnerApiKey_WhenAlreadyRevoked_Returns409_AndUnknownKey404()
    {
        var admin = await Api.SignedInAs("CityAdmin");
        var keys = await ReadJson(await admin.GetAsync($"{Url}/{DemoData.PartnerClientId}/api-keys", Cancel));
        var keyId = keys.GetProperty("items")[0].GetProperty("id").GetString();
        var url = $"{Url}/{DemoData.PartnerClientId}/api-keys/{keyId}/revocation";
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync(url, null, Cancel)).StatusCode);

        await AssertProblem(await admin.PostAsync(url, null, Cancel), HttpStatusCode.Conflict, "partner_client.api_key_already_revoked");
        await AssertProblem(await admin.PostAsync($"{Url}/{DemoData.PartnerClientId}/api-keys/{Guid.NewGuid()}/revocation", null, Cancel), HttpStatusCode.NotFound, "api_key.not_found");
    }

    [Fact]
    public async Task RegisterPartnerClient_WhenCodeIsTakenOrMalformed_Returns409Or400()
    {
        var admin = await Api.SignedInAs("CityAdmin");

        await AssertProblem(await admin.PostAsJsonAsync(Url, new { code = DemoData.PartnerClientCode, name = "重复" }, Cancel), HttpStatusCode.Conflict, "partner_client.duplicate_code");
        var problem = await AssertProblem(await admin.PostAsJsonAsync(Url, new { code = "Not Valid!", name = "" }, Cancel), HttpStatusCode.BadRequest, "validation.failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("code", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("name", out _));
    }

    [Fact]
    public async Task ListPartnerApiKeys_WhenClientIsUnknown_Returns404_AndNotCityAdmin403()
    {
        var admin = await Api.SignedInAs("CityAdmin");

        await AssertProblem(await admin.GetAsync($"{Url}/{Guid.NewGuid()}/api-keys", Cancel), HttpStatusCode.NotFound, "partner_client.not_found");
        await AssertProblem(await Api.WithApiKey(DemoData.PartnerApiKey).GetAsync($"{Url}/{DemoData.PartnerClientId}/api-keys", Cancel), HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Theory]
    [InlineData("DistrictAdmin")]
    [InlineData("Enterprise")]
    public async Task RegisterPartnerClient_WhenNotCityAdmin_Returns403(string role)
    {
        var caller = await Api.SignedInAs(role);

        var response = await caller.PostAsJsonAsync(Url, new { code = "rogue", name = "rogue" }, Cancel);

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Fact]
    public async Task RevokePartnerApiKey_WhenNotCityAdmin_Returns403AndTheKeyStillWorks()
    {
        var keys = await ReadJson(await (await Api.SignedInAs("CityAdmin")).GetAsync($"{Url}/{DemoData.PartnerClientId}/api-keys", Cancel));
        var keyId = keys.GetProperty("items")[0].GetProperty("id").GetString();

        var response = await Api.WithApiKey(DemoData.PartnerApiKey).PostAsync($"{Url}/{DemoData.PartnerClientId}/api-keys/{keyId}/revocation", null, Cancel);

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
        Assert.Equal(HttpStatusCode.OK, (await Api.WithApiKey(DemoData.PartnerApiKey).GetAsync($"{Url}/current", Cancel)).StatusCode);
    }

    [Fact]
    public async Task ListPartnerClients_WhenCityAdmin_ListsTheDemoPartner_AndOthersAreRefused()
    {
        var admin = await Api.SignedInAs("CityAdmin");

        var body = await ReadJson(await admin.GetAsync(Url, Cancel));

        Assert.Contains(DemoData.PartnerClientCode, body.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("code").GetString()));
        await AssertProblem(await (await Api.SignedInAs("Enterprise")).GetAsync(Url, Cancel), HttpStatusCode.Forbidden, "access.forbidden");
        await AssertProblem(await Api.Anonymous().GetAsync(Url, Cancel), HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PartnerClientTestsOnSqlite(SqliteApiFactory api) : PartnerClientTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class PartnerClientTestsOnPostgreSql(PostgreSqlApiFactory api) : PartnerClientTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class PartnerClientTestsOnSqlServer(SqlServerApiFactory api) : PartnerClientTests(api);
