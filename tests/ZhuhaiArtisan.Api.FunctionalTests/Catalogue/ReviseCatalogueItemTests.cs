using System.Net;
using System.Text.Json;
using ZhuhaiArtisan.Api.FunctionalTests.Builders;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Catalogue;

public abstract class ReviseCatalogueItemTests(ApiFactory api) : CatalogueFunctionalTest(api)
{
    [Fact]
    public async Task ReviseCatalogueItem_ADraft_ReplacesItsContentAndKeepsItADraft()
    {
        var college = await College();
        var id = await ItemInAsync("draft");

        var response = await ReviseAsync(college, id, new CatalogueItemRequestBuilder().Titled("焊工（高级工）技能提升培训").AtLevel("senior").WithHours(60, 120).Costing(3000m));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var item = await ReadJson(response);
        Assert.Equal(("焊工（高级工）技能提升培训", "senior", 180, "draft"),
            (item.GetProperty("title").GetString(), item.GetProperty("skillLevel").GetString(), item.GetProperty("totalHours").GetInt32(), item.GetProperty("status").GetString()));
        Assert.Equal("\"2\"", response.Headers.ETag?.ToString());
    }

    [Fact]
    public async Task ReviseCatalogueItem_AnApprovedItem_GoesBackToReviewWithoutItsSubsidy()
    {
        var college = await College();
        var id = await ItemInAsync("approved");

        var response = await ReviseAsync(college, id, new CatalogueItemRequestBuilder().Costing(2000m));

        var item = await ReadJson(response);
        Assert.Equal("submitted", item.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("subsidyPerPerson").ValueKind);
        Assert.Equal(JsonValueKind.Null, item.GetProperty("subsidyBasis").ValueKind);
    }

    [Fact]
    public async Task ReviseCatalogueItem_WithTheSameContent_ChangesNothing()
    {
        var college = await College();
        var id = await ItemInAsync("approved");
        var etag = await ETagOf(college, id);

        var response = await SendAsync(college, HttpMethod.Put, Url(id), new CatalogueItemRequestBuilder().Build(), etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(etag, response.Headers.ETag?.ToString());
        Assert.Equal("approved", (await ReadJson(response)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task ReviseCatalogueItem_WhenIfMatchIsMissing_Returns428()
    {
        var id = await ItemInAsync("draft");

        var response = await SendAsync(await College(), HttpMethod.Put, Url(id), new CatalogueItemRequestBuilder().Build(), ifMatch: null);

        await AssertProblem(response, HttpStatusCode.PreconditionRequired, "concurrency.if_match_required");
    }

    [Theory]
    [InlineData("\"1\"")]
    [InlineData("W/\"2\"")]
    [InlineData("not-an-etag")]
    public async Task ReviseCatalogueItem_WhenIfMatchIsStaleWeakOrMalformed_Returns412(string ifMatch)
    {
        var college = await College();
        var id = await ItemInAsync("draft");
        await ReviseAsync(college, id, new CatalogueItemRequestBuilder().Costing(1000m));

        var response = await SendAsync(college, HttpMethod.Put, Url(id), new CatalogueItemRequestBuilder().Costing(999m).Build(), ifMatch);

        await AssertProblem(response, HttpStatusCode.PreconditionFailed, "concurrency.stale_version");
        Assert.Equal(1000m, (await ReadJson(await college.GetAsync(Url(id), Cancel))).GetProperty("feePerPerson").GetDecimal());
    }

    [Fact]
    public async Task ReviseCatalogueItem_AnotherInstitutionsItem_Returns404LikeAMissingOne()
    {
        var id = await ItemInAsync("draft");
        var school = await TrainingSchool();

        var hidden = await SendAsync(school, HttpMethod.Put, Url(id), new CatalogueItemRequestBuilder().Build(), "*");
        var missing = await SendAsync(school, HttpMethod.Put, Url(Guid.NewGuid()), new CatalogueItemRequestBuilder().Build(), "*");

        await AssertProblem(hidden, HttpStatusCode.NotFound, "catalogue_item.not_found");
        await AssertProblem(missing, HttpStatusCode.NotFound, "catalogue_item.not_found");
    }

    [Fact]
    public async Task ReviseCatalogueItem_ByTheCity_Returns403()
    {
        var id = await ItemInAsync("draft");

        var response = await SendAsync(await City(), HttpMethod.Put, Url(id), new CatalogueItemRequestBuilder().Costing(1m).Build(), "*");

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Fact]
    public async Task ReviseCatalogueItem_WithBadInput_Returns400AndChangesNothing()
    {
        var college = await College();
        var id = await ItemInAsync("draft");
        var etag = await ETagOf(college, id);
        var today = ChinaCalendar.Today();

        var negative = await SendAsync(college, HttpMethod.Put, Url(id), new CatalogueItemRequestBuilder().WithHours(-5, 10).Build(), etag);
        var reversed = await SendAsync(college, HttpMethod.Put, Url(id), new CatalogueItemRequestBuilder().ValidBetween(today.AddDays(5), today).Build(), etag);
        var unknown = await SendAsync(college, HttpMethod.Put, Url(id), new CatalogueItemRequestBuilder().InOccupation("6-99-99-99").Build(), etag);

        await AssertProblem(negative, HttpStatusCode.BadRequest, "validation.failed");
        await AssertProblem(reversed, HttpStatusCode.BadRequest, "validation.failed");
        await AssertProblem(unknown, HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(etag, await ETagOf(college, id));
    }

    [Fact]
    public async Task ReviseCatalogueItem_ADemoItemOfTheTrainingSchoolByTheCollege_Returns404()
    {
        var response = await SendAsync(await College(), HttpMethod.Put, Url(DemoData.ElectricianItemId), new CatalogueItemRequestBuilder().Build(), "*");

        await AssertProblem(response, HttpStatusCode.NotFound, "catalogue_item.not_found");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReviseCatalogueItemTestsOnSqlite(SqliteApiFactory api) : ReviseCatalogueItemTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class ReviseCatalogueItemTestsOnPostgreSql(PostgreSqlApiFactory api) : ReviseCatalogueItemTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class ReviseCatalogueItemTestsOnSqlServer(SqlServerApiFactory api) : ReviseCatalogueItemTests(api);
