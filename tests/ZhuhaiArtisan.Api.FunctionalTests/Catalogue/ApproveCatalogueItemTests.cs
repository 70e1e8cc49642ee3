using System.Net;
using ZhuhaiArtisan.Api.FunctionalTests.Builders;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Catalogue;

/// <summary>The city sets public money on approval: within the fee, with its basis, never by the institution.</summary>
public abstract class ApproveCatalogueItemTests(ApiFactory api) : CatalogueFunctionalTest(api)
{
    [Fact]
    public async Task ApproveCatalogueItem_ASubmittedItem_SetsTheSubsidyStandardAndItsBasis()
    {
        var item = await VerbOkAsync(await City(), DemoData.RobotItemId, "approval", new { subsidyPerPerson = 3600.5m, subsidyBasis = "  示例文件第三条  " });

        Assert.Equal("approved", item.GetProperty("status").GetString());
        Assert.Equal("3600.50", item.GetProperty("subsidyPerPerson").GetRawText());
        Assert.Equal("示例文件第三条", item.GetProperty("subsidyBasis").GetString());
    }

    [Fact]
    public async Task ApproveCatalogueItem_ASubsidyEqualToTheFee_Returns200()
    {
        var id = await ItemInAsync("submitted", new CatalogueItemRequestBuilder().Costing(2600m));

        var item = await VerbOkAsync(await City(), id, "approval", Approval(2600m));

        Assert.Equal(2600m, item.GetProperty("subsidyPerPerson").GetDecimal());
    }

    [Fact]
    public async Task ApproveCatalogueItem_ASubsidyAboveTheFee_Returns409WithCodeCatalogueSubsidyExceedsFee()
    {
        var id = await ItemInAsync("submitted", new CatalogueItemRequestBuilder().Costing(2600m));

        var response = await VerbAsync(await City(), id, "approval", Approval(2600.01m));

        await AssertProblem(response, HttpStatusCode.Conflict, "catalogue.subsidy_exceeds_fee");
        Assert.Equal("submitted", (await ReadJson(await (await City()).GetAsync(Url(id), Cancel))).GetProperty("status").GetString());
    }

    public static TheoryData<string, string> BadApprovals => new()
    {
        { "subsidyPerPerson", "-100" },
        { "subsidyPerPerson", "0" },
        { "subsidyPerPerson", "100.001" },
        { "subsidyPerPerson", "1000000.01" },
        { "subsidyBasis", "\"\"" },
        { "subsidyBasis", RequestBodies.StringOfLength(257) },
        { "subsidyPerPerson", null! },
        { "subsidyBasis", null! },
    };

    [Theory]
    [MemberData(nameof(BadApprovals))]
    public async Task ApproveCatalogueItem_WithBadInput_Returns400NamingTheField(string field, string? json)
    {
        var response = await VerbAsync(await City(), DemoData.RobotItemId, "approval", RequestBodies.With(Approval(), field, json));

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task ApproveCatalogueItem_WhenTheSubsidyIsNotANumber_Returns400()
    {
        var response = await VerbAsync(await City(), DemoData.RobotItemId, "approval", RequestBodies.With(Approval(), "subsidyPerPerson", "\"lots\""));

        await AssertProblem(response, HttpStatusCode.BadRequest, "request.malformed");
    }

    [Fact]
    public async Task ApproveCatalogueItem_ByTheInstitutionItself_Returns403()
    {
        var response = await VerbAsync(await College(), DemoData.RobotItemId, "approval", Approval());

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Theory]
    [InlineData("Enterprise")]
    [InlineData("DistrictAdmin")]
    public async Task ApproveCatalogueItem_ByOtherRoles_Returns403(string role)
    {
        var response = await SendAsync(await Api.SignedInAs(role), HttpMethod.Post, Url(DemoData.RobotItemId, "approval"), Approval(), "*");

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Fact]
    public async Task ApproveCatalogueItem_WhenIfMatchIsMissing_Returns428()
    {
        var response = await SendAsync(await City(), HttpMethod.Post, Url(DemoData.RobotItemId, "approval"), Approval(), ifMatch: null);

        await AssertProblem(response, HttpStatusCode.PreconditionRequired, "concurrency.if_match_required");
    }

    [Fact]
    public async Task ApproveCatalogueItem_WhenIfMatchIsStale_Returns412()
    {
        var response = await SendAsync(await City(), HttpMethod.Post, Url(DemoData.RobotItemId, "approval"), Approval(), "\"1\"");

        await AssertProblem(response, HttpStatusCode.PreconditionFailed, "concurrency.stale_version");
    }

    [Fact]
    public async Task ApproveCatalogueItem_WhenTheItemIsUnknown_Returns404()
    {
        var response = await SendAsync(await City(), HttpMethod.Post, Url(Guid.NewGuid(), "approval"), Approval(), "*");

        await AssertProblem(response, HttpStatusCode.NotFound, "catalogue_item.not_found");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ApproveCatalogueItemTestsOnSqlite(SqliteApiFactory api) : ApproveCatalogueItemTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class ApproveCatalogueItemTestsOnPostgreSql(PostgreSqlApiFactory api) : ApproveCatalogueItemTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class ApproveCatalogueItemTestsOnSqlServer(SqlServerApiFactory api) : ApproveCatalogueItemTests(api);
