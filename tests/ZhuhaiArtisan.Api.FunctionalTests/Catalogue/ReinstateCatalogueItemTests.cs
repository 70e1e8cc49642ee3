using System.Net;
using System.Text.Json;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Catalogue;

public abstract class ReinstateCatalogueItemTests(ApiFactory api) : CatalogueFunctionalTest(api)
{
    [Fact]
    public async Task ReinstateCatalogueItem_ASuspendedItem_IsApprovedAgainWithItsSubsidy()
    {
        var city = await City();
        await VerbOkAsync(city, DemoData.ElectricianItemId, "suspension", Suspension());

        var item = await VerbOkAsync(city, DemoData.ElectricianItemId, "reinstatement");

        Assert.Equal("approved", item.GetProperty("status").GetString());
        Assert.Equal(1500m, item.GetProperty("subsidyPerPerson").GetDecimal());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("statusNote").ValueKind);
    }

    [Fact]
    public async Task ReinstateCatalogueItem_ByTheInstitution_Returns403()
    {
        var city = await City();
        await VerbOkAsync(city, DemoData.ElectricianItemId, "suspension", Suspension());

        var response = await VerbAsync(await TrainingSchool(), DemoData.ElectricianItemId, "reinstatement");

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Fact]
    public async Task ReinstateCatalogueItem_WhenIfMatchIsMissing_Returns428()
    {
        var response = await SendAsync(await City(), HttpMethod.Post, Url(DemoData.ElectricianItemId, "reinstatement"), null, ifMatch: null);

        await AssertProblem(response, HttpStatusCode.PreconditionRequired, "concurrency.if_match_required");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReinstateCatalogueItemTestsOnSqlite(SqliteApiFactory api) : ReinstateCatalogueItemTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class ReinstateCatalogueItemTestsOnPostgreSql(PostgreSqlApiFactory api) : ReinstateCatalogueItemTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class ReinstateCatalogueItemTestsOnSqlServer(SqlServerApiFactory api) : ReinstateCatalogueItemTests(api);
