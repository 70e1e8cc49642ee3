using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Talents;

/// <summary>Only the holder decides whether a title of theirs is on the public honour roll.</summary>
public abstract class ChangeMyHonourPublicationConsentTests(ApiFactory api) : FunctionalTest(api)
{
    [Fact]
    public async Task ChangeMyHonourPublicationConsent_WhenTheHolderWithdrawsAndGivesItAgain_TheRollFollows()
    {
        var holder = await Holder();
        var (id, version) = await ZhuhaiCraftsmanTitle(holder);
        Assert.Contains("陈建国", await RollOf2025());

        var withdrawn = await Put(holder, id, new { publicationConsented = false }, $"\"{version}\"");

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        var body = await ReadJson(withdrawn);
        Assert.False(body.GetProperty("publicationConsented").GetBoolean());
        Assert.Equal($"\"{version + 1}\"", withdrawn.Headers.ETag!.Tag);
        Assert.DoesNotContain("陈建国", await RollOf2025());

        var given = await Put(holder, id, new { publicationConsented = true }, withdrawn.Headers.ETag.Tag);

        Assert.Equal(HttpStatusCode.OK, given.StatusCode);
        Assert.Contains("陈建国", await RollOf2025());
        var audit = await (await (await Api.SignedInAs("CityAdmin")).GetAsync("/api/v1/audit-entries?entityType=Honour&action=ChangeMyHonourPublicationConsent", Cancel)).Content.ReadAsStringAsync(Cancel);
        Assert.Equal(2, JsonDocument.Parse(audit).RootElement.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task ChangeMyHonourPublicationConsent_WhenAnotherPersonTries_Returns404LikeAMissingOne()
    {
        var (id, _) = await ZhuhaiCraftsmanTitle(await Holder());
        var someoneElse = await Api.SignedInAs("Talent");

        await AssertProblem(await Put(someoneElse, id, new { publicationConsented = false }, "*"), HttpStatusCode.NotFound, "honour.not_found");
        await AssertProblem(await Put(someoneElse, Guid.NewGuid(), new { publicationConsented = false }, "*"), HttpStatusCode.NotFound, "honour.not_found");
        Assert.Contains("陈建国", await RollOf2025());
    }

    [Theory]
    [InlineData("CityAdmin")]
    [InlineData("Enterprise")]
    public async Task ChangeMyHonourPublicationConsent_WhenTheConferrerOrTheCityTries_Returns404(string role)
    {
        var (id, _) = await ZhuhaiCraftsmanTitle(await Holder());

        await AssertProblem(await Put(await Api.SignedInAs(role), id, new { publicationConsented = false }, "*"), HttpStatusCode.NotFound, "honour.not_found");
    }

    [Fact]
    public async Task ChangeMyHonourPublicationConsent_WhenAPartnerOrAnonymousCalls_Returns403Or401()
    {
        var (id, _) = await ZhuhaiCraftsmanTitle(await Holder());

        await AssertProblem(await Put(Api.WithApiKey(DemoData.PartnerApiKey), id, new { publicationConsented = false }, "*"), HttpStatusCode.Forbidden, "access.forbidden");
        Assert.Equal(HttpStatusCode.Unauthorized, (await Put(Api.Anonymous(), id, new { publicationConsented = false }, "*")).StatusCode);
    }

    [Fact]
    public async Task ChangeMyHonourPublicationConsent_WhenIfMatchIsMissingOrStale_Returns428Or412()
    {
        var holder = await Holder();
        var (id, version) = await ZhuhaiCraftsmanTitle(holder);

        await AssertProblem(await Put(holder, id, new { publicationConsented = false }, null), (HttpStatusCode)428, "concurrency.if_match_required");
        await AssertProblem(await Put(holder, id, new { publicationConsented = false }, $"\"{version + 7}\""), HttpStatusCode.PreconditionFailed, "concurrency.stale_version");
        Assert.Contains("陈建国", await RollOf2025());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"publicationConsented\":\"no\"}")]
    [InlineData("{\"publicationConsented\":0}")]
    public async Task ChangeMyHonourPublicationConsent_WhenTheBodyIsMissingOrOfTheWrongType_Returns400(string json)
    {
        var holder = await Holder();
        var (id, _) = await ZhuhaiCraftsmanTitle(holder);
        using var request = new HttpRequestMessage(HttpMethod.Put, Url(id)) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("If-Match", "*");

        var response = await holder.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ReadJson(response);
        Assert.True(problem.GetProperty("errors").TryGetProperty("publicationConsented", out _));
    }

    private static string Url(Guid honourId) => $"/api/v1/talents/me/honours/{honourId}/publication-consent";

    /// <summary>陈建国, who holds the demo titles 企业工匠 2024 and 珠海工匠 2025.</summary>
    private Task<HttpClient> Holder() =>
        Api.SignedInAs("Talent", new { subject = "employee-talent", talent = DemoData.EmployeeTalentId.ToString() });

    private static async Task<(Guid Id, int Version)> ZhuhaiCraftsmanTitle(HttpClient holder)
    {
        var skills = await ReadJson(await holder.GetAsync($"/api/v1/talents/{DemoData.EmployeeTalentId}/skills", Cancel));
        var title = skills.GetProperty("honours").EnumerateArray().Single(h => h.GetProperty("kind").GetString() == "zhuhai-craftsman");
        return (title.GetProperty("id").GetGuid(), title.GetProperty("version").GetInt32());
    }

    private async Task<string> RollOf2025() =>
        await (await Api.Anonymous().GetAsync("/api/v1/honour-roll?year=2025&kind=zhuhai-craftsman", Cancel)).Content.ReadAsStringAsync(Cancel);

    private static async Task<HttpResponseMessage> Put(HttpClient client, Guid honourId, object body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, Url(honourId)) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request, Cancel);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ChangeMyHonourPublicationConsentTestsOnSqlite(SqliteApiFactory api) : ChangeMyHonourPublicationConsentTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class ChangeMyHonourPublicationConsentTestsOnPostgreSql(PostgreSqlApiFactory api) : ChangeMyHonourPublicationConsentTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class ChangeMyHonourPublicationConsentTestsOnSqlServer(SqlServerApiFactory api) : ChangeMyHonourPublicationConsentTests(api);
