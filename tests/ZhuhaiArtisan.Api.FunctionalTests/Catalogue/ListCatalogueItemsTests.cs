using System.Net;
using ZhuhaiArtisan.Api.FunctionalTests.Builders;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Catalogue;

/// <summary>Reading items: an institution its own, the city all, no one else any.</summary>
public abstract class ListCatalogueItemsTests(ApiFactory api) : CatalogueFunctionalTest(api)
{
    [Fact]
    public async Task ListCatalogueItems_AnInstitution_SeesOnlyItsOwnItems()
    {
        var college = await ReadJson(await (await College()).GetAsync(Items, Cancel));
        var school = await ReadJson(await (await TrainingSchool()).GetAsync(Items, Cancel));

        Assert.Equal(
            new[] { DemoData.WelderItemId, DemoData.ChipMakerItemId, DemoData.RobotItemId }.Order(),
            college.GetProperty("items").EnumerateArray().Select(IdOf).Order());
        Assert.Equal(
            new[] { DemoData.ElectricianItemId, DemoData.AiTrainerItemId, DemoData.CareWorkerItemId }.Order(),
            school.GetProperty("items").EnumerateArray().Select(IdOf).Order());
        Assert.All(school.GetProperty("items").EnumerateArray(), i => Assert.Equal(DemoData.TrainingInstitutionId.ToString(), i.GetProperty("institutionId").GetString()));
    }

    [Fact]
    public async Task ListCatalogueItems_TheCity_SeesAllAndFiltersByStatusInstitutionAndOccupation()
    {
        var city = await City();

        var all = await ReadJson(await city.GetAsync(Items, Cancel));
        var submitted = await ReadJson(await city.GetAsync($"{Items}?status=submitted", Cancel));
        var ofSchool = await ReadJson(await city.GetAsync($"{Items}?institution={DemoData.TrainingInstitutionId}", Cancel));
        var welders = await ReadJson(await city.GetAsync($"{Items}?occupation=6-18-02-04", Cancel));

        Assert.Equal(6, all.GetProperty("items").GetArrayLength());
        Assert.Equal(DemoData.RobotItemId, IdOf(Assert.Single(submitted.GetProperty("items").EnumerateArray())));
        Assert.Equal(3, ofSchool.GetProperty("items").GetArrayLength());
        Assert.Equal(DemoData.WelderItemId, IdOf(Assert.Single(welders.GetProperty("items").EnumerateArray())));
    }

    [Fact]
    public async Task ListCatalogueItems_PagesWithoutGapsOrRepeats()
    {
        var city = await City();
        var seen = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await ReadJson(await city.GetAsync($"{Items}?limit=4" + (cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}"), Cancel));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(IdOf));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(6, seen.Count);
        Assert.Equal(6, seen.Distinct().Count());
    }

    [Theory]
    [InlineData("status=pending", "status")]
    [InlineData("occupation=welder", "occupation")]
    [InlineData("institution=not-a-guid", "institution")]
    [InlineData("limit=0", "limit")]
    [InlineData("cursor=forged.cursor", "cursor")]
    public async Task ListCatalogueItems_WithBadFilters_Returns400NamingThem(string query, string field)
    {
        var response = await (await City()).GetAsync($"{Items}?{query}", Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, field == "cursor" ? "paging.invalid_cursor" : field == "institution" ? "request.malformed" : "validation.failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task GetCatalogueItem_AnotherInstitutionsItem_Returns404LikeAMissingOne()
    {
        var school = await TrainingSchool();

        var hidden = await school.GetAsync(Url(DemoData.WelderItemId), Cancel);
        var missing = await school.GetAsync(Url(Guid.NewGuid()), Cancel);

        var problem = await AssertProblem(hidden, HttpStatusCode.NotFound, "catalogue_item.not_found");
        await AssertProblem(missing, HttpStatusCode.NotFound, "catalogue_item.not_found");
        Assert.DoesNotContain("焊工", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCatalogueItem_CarriesTheVersionAsETag()
    {
        var response = await (await College()).GetAsync(Url(DemoData.RobotItemId), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"\"{(await ReadJson(response)).GetProperty("version").GetInt32()}\"", response.Headers.ETag?.ToString());
    }

    [Theory]
    [InlineData("Enterprise")]
    [InlineData("DistrictAdmin")]
    [InlineData("Talent")]
    public async Task CatalogueItems_ForOtherRoles_Return403(string role)
    {
        var caller = await Api.SignedInAs(role);

        await AssertProblem(await caller.GetAsync(Items, Cancel), HttpStatusCode.Forbidden, "access.forbidden");
        await AssertProblem(await caller.GetAsync(Url(DemoData.WelderItemId), Cancel), HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Fact]
    public async Task CatalogueItems_ForAPartnerOrAnonymous_AreRefused()
    {
        await AssertProblem(await Api.WithApiKey(DemoData.PartnerApiKey).GetAsync(Items, Cancel), HttpStatusCode.Forbidden, "access.forbidden");
        await AssertProblem(await Api.Anonymous().GetAsync(Items, Cancel), HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }

    [Fact]
    public async Task ListCatalogueItems_ANewDraftShowsForItsInstitutionAndTheCity()
    {
        var id = (await DraftAsync(await College(), new CatalogueItemRequestBuilder().Titled("涂装工（初级工）培训").InOccupation("6-18-03-03").AtLevel("junior")))
            .GetProperty("id").GetString();

        var drafts = await ReadJson(await (await City()).GetAsync($"{Items}?status=draft", Cancel));

        Assert.Equal(id, Assert.Single(drafts.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ListCatalogueItemsTestsOnSqlite(SqliteApiFactory api) : ListCatalogueItemsTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class ListCatalogueItemsTestsOnPostgreSql(PostgreSqlApiFactory api) : ListCatalogueItemsTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class ListCatalogueItemsTestsOnSqlServer(SqlServerApiFactory api) : ListCatalogueItemsTests(api);
