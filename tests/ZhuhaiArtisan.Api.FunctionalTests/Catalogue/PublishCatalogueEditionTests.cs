using System.Net;
using System.Net.Http.Json;
using ZhuhaiArtisan.Api.FunctionalTests.Builders;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Catalogue;

/// <summary>An edition takes the items approved at that moment, and only those; it is the city's to publish.</summary>
public abstract class PublishCatalogueEditionTests(ApiFactory api) : CatalogueFunctionalTest(api)
{
    [Fact]
    public async Task PublishCatalogueEdition_TakesTheApprovedItemsOnly_AsTheNextNumber()
    {
        var approved = await ItemInAsync("approved", new CatalogueItemRequestBuilder().Titled("焊工（初级工）技能提升培训").AtLevel("junior"));
        var suspended = await ItemInAsync("suspended");
        var submitted = await ItemInAsync("submitted");
        var draft = await ItemInAsync("draft");
        await VerbOkAsync(await City(), DemoData.CareWorkerItemId, "withdrawal");

        var response = await (await City()).PostAsJsonAsync(Editions, new { title = "2026年珠海市补贴性职业技能培训目录（第二批）" }, Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/v1/catalogue-editions/2", response.Headers.Location?.OriginalString);
        var edition = await ReadJson(response);
        Assert.Equal((2, "2026年珠海市补贴性职业技能培训目录（第二批）", 5, true),
            (edition.GetProperty("number").GetInt32(), edition.GetProperty("title").GetString(), edition.GetProperty("itemCount").GetInt32(), edition.GetProperty("isCurrent").GetBoolean()));

        var items = (await SearchAllAsync(2)).Select(IdOf).ToList();
        Assert.Contains(approved, items);
        Assert.DoesNotContain(suspended, items);
        Assert.DoesNotContain(submitted, items);
        Assert.DoesNotContain(draft, items);
        Assert.DoesNotContain(DemoData.CareWorkerItemId, items);
        Assert.Equal(Enumerable.Range(1, 5), (await SearchAllAsync(2)).Select(i => i.GetProperty("position").GetInt32()));

        var item = await ReadJson(await (await College()).GetAsync(Url(approved), Cancel));
        Assert.Equal(2, item.GetProperty("lastPublishedEdition").GetInt32());
    }

    [Fact]
    public async Task PublishCatalogueEdition_MovesTheVersionOfEveryItemItTakes()
    {
        var city = await City();
        var before = await ETagOf(city, DemoData.WelderItemId);

        await PublishAsync();

        await AssertProblem(await SendAsync(city, HttpMethod.Post, Url(DemoData.WelderItemId, "suspension"), Suspension(), before),
            HttpStatusCode.PreconditionFailed, "concurrency.stale_version");
    }

    [Fact]
    public async Task PublishCatalogueEdition_LeavesOutItemsOfAnInstitutionNoLongerQualified()
    {
        var city = await City();
        var etag = (await city.GetAsync($"/api/v1/organizations/{DemoData.TrainingInstitutionId}", Cancel)).Headers.ETag!.ToString();
        var today = ChinaCalendar.Today();
        await SendAsync(city, HttpMethod.Put, $"/api/v1/organizations/{DemoData.TrainingInstitutionId}/labels", new
        {
            isKeyIndustryEnterprise = false,
            isKeyIndustryInnovationEmployer = false,
            isIndustryEducationIntegrationEnterprise = false,
            isPrivateInstitution = true,
            trainingQualification = new { validFrom = today.AddYears(-2), validUntil = today.AddDays(-1) },
        }, etag);

        var number = await PublishAsync();

        Assert.Equal(
            new[] { DemoData.WelderItemId, DemoData.ChipMakerItemId }.Order(),
            (await SearchAllAsync(number)).Select(IdOf).Order());
    }

    [Fact]
    public async Task PublishCatalogueEdition_WithNothingToPublish_Returns409WithCodeCatalogueEditionEmpty()
    {
        var city = await City();
        foreach (var id in DemoEditionItems)
        {
            await VerbOkAsync(city, id, "withdrawal");
        }

        var response = await city.PostAsJsonAsync(Editions, new { title = "空目录" }, Cancel);

        await AssertProblem(response, HttpStatusCode.Conflict, "catalogue.edition_empty");
        var current = await ReadJson(await Api.Anonymous().GetAsync($"{Editions}/current", Cancel));
        Assert.Equal(1, current.GetProperty("number").GetInt32());
    }

    [Fact]
    public async Task PublishCatalogueEdition_WithTheSameIdempotencyKey_PublishesOnce()
    {
        var city = await City();
        var key = Guid.NewGuid().ToString();

        var first = await PostWithKey(city, key);
        var second = await PostWithKey(city, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(Cancel), await second.Content.ReadAsStringAsync(Cancel));
        var editions = await ReadJson(await Api.Anonymous().GetAsync(Editions, Cancel));
        Assert.Equal(2, editions.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData(null)]
    public async Task PublishCatalogueEdition_WithoutATitle_Returns400(string? title)
    {
        var response = await (await City()).PostAsync(Editions, RequestBodies.With(new { title = "x" }, "title", title), Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("title", out _), problem.ToString());
    }

    [Fact]
    public async Task PublishCatalogueEdition_WithATitleTooLong_Returns400()
    {
        var response = await (await City()).PostAsync(Editions, RequestBodies.With(new { title = "x" }, "title", RequestBodies.StringOfLength(129)), Cancel);

        await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
    }

    [Theory]
    [InlineData("Institution")]
    [InlineData("DistrictAdmin")]
    [InlineData("Enterprise")]
    public async Task PublishCatalogueEdition_ByAnyoneButTheCity_Returns403(string role)
    {
        var response = await (await Api.SignedInAs(role)).PostAsJsonAsync(Editions, new { title = "目录" }, Cancel);

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Fact]
    public async Task PublishCatalogueEdition_ByAPartnerOrAnonymous_IsRefused()
    {
        await AssertProblem(await Api.WithApiKey(DemoData.PartnerApiKey).PostAsJsonAsync(Editions, new { title = "目录" }, Cancel), HttpStatusCode.Forbidden, "access.forbidden");
        await AssertProblem(await Api.Anonymous().PostAsJsonAsync(Editions, new { title = "目录" }, Cancel), HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }

    [Fact]
    public async Task PublishCatalogueEdition_IsAudited()
    {
        var number = await PublishAsync("审计测试目录");

        var audit = await ReadJson(await (await City()).GetAsync($"/api/v1/audit-entries?action=PublishCatalogueEdition&entityId={number}", Cancel));

        var entry = Assert.Single(audit.GetProperty("items").EnumerateArray());
        Assert.Equal(("CatalogueEdition", "city-admin"), (entry.GetProperty("entityType").GetString(), entry.GetProperty("actor").GetString()));
        Assert.Equal("审计测试目录", entry.GetProperty("after").GetProperty("title").GetString());
    }

    private static async Task<HttpResponseMessage> PostWithKey(HttpClient client, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Editions) { Content = JsonContent.Create(new { title = "幂等测试目录" }) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return await client.SendAsync(request, Cancel);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PublishCatalogueEditionTestsOnSqlite(SqliteApiFactory api) : PublishCatalogueEditionTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class PublishCatalogueEditionTestsOnPostgreSql(PostgreSqlApiFactory api) : PublishCatalogueEditionTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class PublishCatalogueEditionTestsOnSqlServer(SqlServerApiFactory api) : PublishCatalogueEditionTests(api);
