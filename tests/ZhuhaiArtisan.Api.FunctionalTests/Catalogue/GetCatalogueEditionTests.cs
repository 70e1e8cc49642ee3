using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Catalogue;

/// <summary>The editions, public and cacheable: 304 while nothing changed, a new ETag as soon as something did.</summary>
public abstract class GetCatalogueEditionTests(ApiFactory api) : CatalogueFunctionalTest(api)
{
    [Fact]
    public async Task GetCurrentCatalogueEdition_IsTheDemoEditionAfterSeeding()
    {
        var response = await Api.Anonymous().GetAsync($"{Editions}/current", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var edition = await ReadJson(response);
        Assert.Equal(1, edition.GetProperty("number").GetInt32());
        Assert.Equal(5, edition.GetProperty("itemCount").GetInt32());
        Assert.True(edition.GetProperty("isCurrent").GetBoolean());
        Assert.EndsWith("珠海市补贴性职业技能培训目录（演示）", edition.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.NotNull(response.Headers.ETag);
        Assert.Contains("no-cache", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCatalogueEdition_AnEarlierEdition_StaysReadableAfterANewOne()
    {
        await ItemInAsync("approved");
        await PublishAsync("第二版");

        var first = await ReadJson(await Api.Anonymous().GetAsync($"{Editions}/1", Cancel));
        var current = await ReadJson(await Api.Anonymous().GetAsync($"{Editions}/current", Cancel));
        var list = await ReadJson(await Api.Anonymous().GetAsync(Editions, Cancel));

        Assert.Equal((1, 5, false), (first.GetProperty("number").GetInt32(), first.GetProperty("itemCount").GetInt32(), first.GetProperty("isCurrent").GetBoolean()));
        Assert.Equal((2, 6, "第二版"), (current.GetProperty("number").GetInt32(), current.GetProperty("itemCount").GetInt32(), current.GetProperty("title").GetString()));
        Assert.Equal([2, 1], list.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("number").GetInt32()));
    }

    [Fact]
    public async Task ListCatalogueEditions_PagesNewestFirst()
    {
        await PublishAsync("第二版");
        await PublishAsync("第三版");

        var first = await ReadJson(await Api.Anonymous().GetAsync($"{Editions}?limit=2", Cancel));
        var cursor = first.GetProperty("nextCursor").GetString()!;
        var second = await ReadJson(await Api.Anonymous().GetAsync($"{Editions}?limit=2&cursor={Uri.EscapeDataString(cursor)}", Cancel));

        Assert.Equal([3, 2], first.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("number").GetInt32()));
        Assert.Equal([1], second.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("number").GetInt32()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
    }

    [Theory]
    [InlineData("/99")]
    [InlineData("/0")]
    [InlineData("/-1")]
    [InlineData("/99/items")]
    [InlineData("/99/export")]
    public async Task GetCatalogueEdition_WhenUnknown_Returns404(string path)
    {
        await AssertProblem(await Api.Anonymous().GetAsync(Editions + path, Cancel), HttpStatusCode.NotFound, "catalogue_edition.not_found");
    }

    [Fact]
    public async Task GetCurrentCatalogueEdition_BeforeTheFirstEdition_Returns404()
    {
        using (var scope = Api.Services.CreateScope())
        {
            // The state of a database before its first publication (the seeding publishes one).
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.CatalogueChanges.ExecuteDeleteAsync(Cancel);
            await db.CatalogueEditionGrams.ExecuteDeleteAsync(Cancel);
            await db.CatalogueEditionEntries.ExecuteDeleteAsync(Cancel);
            await db.CatalogueEditions.ExecuteDeleteAsync(Cancel);
        }

        await AssertProblem(await Api.Anonymous().GetAsync($"{Editions}/current", Cancel), HttpStatusCode.NotFound, "catalogue_edition.not_found");
        var list = await ReadJson(await Api.Anonymous().GetAsync(Editions, Cancel));
        Assert.Equal(0, list.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("/current")]
    [InlineData("/1")]
    [InlineData("")]
    [InlineData("/1/items?search=%E7%84%8A%E5%B7%A5")]
    [InlineData("/1/export?format=csv")]
    public async Task PublicCatalogue_WhenIfNoneMatchIsCurrent_Returns304WithoutBody(string path)
    {
        var client = Api.Anonymous();
        var first = await client.GetAsync(Editions + path, Cancel);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var again = new HttpRequestMessage(HttpMethod.Get, Editions + path);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var response = await client.SendAsync(again, Cancel);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal(first.Headers.ETag, response.Headers.ETag);
    }

    [Fact]
    public async Task PublicCatalogue_WhenAPublishedItemChanges_AnswersAgainWithANewETag()
    {
        var client = Api.Anonymous();
        var first = await client.GetAsync($"{Editions}/1/items", Cancel);

        await VerbOkAsync(await City(), DemoData.WelderItemId, "suspension", Suspension());
        using var again = new HttpRequestMessage(HttpMethod.Get, $"{Editions}/1/items");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var response = await client.SendAsync(again, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(first.Headers.ETag, response.Headers.ETag);
    }

    [Fact]
    public async Task PublicCatalogue_WhenAnUnpublishedItemChanges_StillAnswers304()
    {
        var client = Api.Anonymous();
        var first = await client.GetAsync($"{Editions}/current", Cancel);

        await VerbOkAsync(await City(), DemoData.RobotItemId, "approval", Approval());
        using var again = new HttpRequestMessage(HttpMethod.Get, $"{Editions}/current");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again, Cancel)).StatusCode);
    }

    [Fact]
    public async Task PublicCatalogue_ETagsDifferByRequest()
    {
        var client = Api.Anonymous();

        var all = await client.GetAsync($"{Editions}/1/items", Cancel);
        var some = await client.GetAsync($"{Editions}/1/items?cluster=new-energy", Cancel);

        Assert.NotEqual(all.Headers.ETag, some.Headers.ETag);
        using var crossed = new HttpRequestMessage(HttpMethod.Get, $"{Editions}/1/items?cluster=new-energy");
        crossed.Headers.IfNoneMatch.Add(all.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(crossed, Cancel)).StatusCode);
    }

    [Fact]
    public async Task PublicCatalogue_ForAPartnerByApiKey_IsTheSame()
    {
        var response = await Api.WithApiKey(DemoData.PartnerApiKey).GetAsync($"{Editions}/current", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new EntityTagHeaderValue(response.Headers.ETag!.Tag), (await Api.Anonymous().GetAsync($"{Editions}/current", Cancel)).Headers.ETag);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class GetCatalogueEditionTestsOnSqlite(SqliteApiFactory api) : GetCatalogueEditionTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class GetCatalogueEditionTestsOnPostgreSql(PostgreSqlApiFactory api) : GetCatalogueEditionTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class GetCatalogueEditionTestsOnSqlServer(SqlServerApiFactory api) : GetCatalogueEditionTests(api);
