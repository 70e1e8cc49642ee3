using System.Net;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Catalogue;

public abstract class WithdrawCatalogueItemTests(ApiFactory api) : CatalogueFunctionalTest(api)
{
    [Fact]
    public async Task WithdrawCatalogueItem_ByItsInstitution_Returns200Withdrawn()
    {
        var item = await VerbOkAsync(await TrainingSchool(), DemoData.ElectricianItemId, "withdrawal");

        Assert.Equal("withdrawn", item.GetProperty("status").GetString());
    }

    [Fact]
    public async Task WithdrawCatalogueItem_ByTheCity_Returns200Withdrawn()
    {
        var item = await VerbOkAsync(await City(), DemoData.ElectricianItemId, "withdrawal");

        Assert.Equal("withdrawn", item.GetProperty("status").GetString());
    }

    [Fact]
    public async Task WithdrawCatalogueItem_ByAnotherInstitution_Returns404AndLeavesItApproved()
    {
        var response = await SendAsync(await College(), HttpMethod.Post, Url(DemoData.ElectricianItemId, "withdrawal"), null, "*");

        await AssertProblem(response, HttpStatusCode.NotFound, "catalogue_item.not_found");
        Assert.Equal("approved", (await ReadJson(await (await City()).GetAsync(Url(DemoData.ElectricianItemId), Cancel))).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("Enterprise")]
    [InlineData("Talent")]
    public async Task WithdrawCatalogueItem_ByOtherRoles_Returns403(string role)
    {
        var response = await SendAsync(await Api.SignedInAs(role), HttpMethod.Post, Url(DemoData.ElectricianItemId, "withdrawal"), null, "*");

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Fact]
    public async Task WithdrawCatalogueItem_WhenAPartnerCalls_Returns403()
    {
        var response = await SendAsync(Api.WithApiKey(DemoData.PartnerApiKey), HttpMethod.Post, Url(DemoData.ElectricianItemId, "withdrawal"), null, "*");

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Fact]
    public async Task WithdrawCatalogueItem_WhenIfMatchIsMissing_Returns428()
    {
        var response = await SendAsync(await TrainingSchool(), HttpMethod.Post, Url(DemoData.ElectricianItemId, "withdrawal"), null, ifMatch: null);

        await AssertProblem(response, HttpStatusCode.PreconditionRequired, "concurrency.if_match_required");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class WithdrawCatalogueItemTestsOnSqlite(SqliteApiFactory api) : WithdrawCatalogueItemTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class WithdrawCatalogueItemTestsOnPostgreSql(PostgreSqlApiFactory api) : WithdrawCatalogueItemTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class WithdrawCatalogueItemTestsOnSqlServer(SqlServerApiFactory api) : WithdrawCatalogueItemTests(api);
