using System.Net;
using ZhuhaiArtisan.Api.FunctionalTests.Builders;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Catalogue;

public abstract class RejectCatalogueItemTests(ApiFactory api) : CatalogueFunctionalTest(api)
{
    [Theory]
    [InlineData("incomplete-information")]
    [InlineData("qualification-mismatch")]
    [InlineData("hours-inadequate")]
    [InlineData("fee-unreasonable")]
    [InlineData("occupation-not-eligible")]
    [InlineData("duplicate")]
    public async Task RejectCatalogueItem_WithACodedReason_ReturnsItRejectedWithTheReason(string reason)
    {
        var item = await VerbOkAsync(await City(), DemoData.RobotItemId, "rejection", Rejection(reason));

        Assert.Equal("rejected", item.GetProperty("status").GetString());
        Assert.Equal(reason, item.GetProperty("rejectionReason").GetString());

        var own = await (await College()).GetAsync(Url(DemoData.RobotItemId), Cancel);
        Assert.Equal(reason, (await ReadJson(own)).GetProperty("rejectionReason").GetString());
    }

    [Fact]
    public async Task RejectCatalogueItem_ForAnotherReason_NeedsANote()
    {
        var city = await City();

        var bare = await VerbAsync(city, DemoData.RobotItemId, "rejection", Rejection("other"));
        var explained = await VerbAsync(city, DemoData.RobotItemId, "rejection", Rejection("other", "课程大纲与职业标准不符"));

        var problem = await AssertProblem(bare, HttpStatusCode.BadRequest, "validation.failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("note", out _), problem.ToString());
        Assert.Equal("课程大纲与职业标准不符", (await ReadJson(explained)).GetProperty("statusNote").GetString());
    }

    [Theory]
    [InlineData("reason", "\"you-know-why\"")]
    [InlineData("reason", "3")]
    public async Task RejectCatalogueItem_WithAnUnknownReason_Returns400(string field, string json)
    {
        var response = await VerbAsync(await City(), DemoData.RobotItemId, "rejection", RequestBodies.With(Rejection(), field, json));

        await AssertProblem(response, HttpStatusCode.BadRequest, "request.malformed");
    }

    [Fact]
    public async Task RejectCatalogueItem_WithoutAReasonOrWithALongNote_Returns400()
    {
        var city = await City();

        var missing = await VerbAsync(city, DemoData.RobotItemId, "rejection", RequestBodies.With(Rejection(), "reason", null));
        var tooLong = await VerbAsync(city, DemoData.RobotItemId, "rejection", RequestBodies.With(Rejection(), "note", RequestBodies.StringOfLength(513)));

        await AssertProblem(missing, HttpStatusCode.BadRequest, "validation.failed");
        await AssertProblem(tooLong, HttpStatusCode.BadRequest, "validation.failed");
    }

    [Fact]
    public async Task RejectCatalogueItem_ByTheInstitution_Returns403()
    {
        var response = await VerbAsync(await College(), DemoData.RobotItemId, "rejection", Rejection());

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Fact]
    public async Task RejectCatalogueItem_WhenIfMatchIsMissing_Returns428()
    {
        var response = await SendAsync(await City(), HttpMethod.Post, Url(DemoData.RobotItemId, "rejection"), Rejection(), ifMatch: null);

        await AssertProblem(response, HttpStatusCode.PreconditionRequired, "concurrency.if_match_required");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RejectCatalogueItemTestsOnSqlite(SqliteApiFactory api) : RejectCatalogueItemTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class RejectCatalogueItemTestsOnPostgreSql(PostgreSqlApiFactory api) : RejectCatalogueItemTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class RejectCatalogueItemTestsOnSqlServer(SqlServerApiFactory api) : RejectCatalogueItemTests(api);
