using System.Net;
using ZhuhaiArtisan.Api.FunctionalTests.Builders;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Catalogue;

public abstract class SuspendCatalogueItemTests(ApiFactory api) : CatalogueFunctionalTest(api)
{
    [Fact]
    public async Task SuspendCatalogueItem_AnApprovedItem_KeepsTheReason()
    {
        var item = await VerbOkAsync(await City(), DemoData.WelderItemId, "suspension", Suspension("学员投诉，核查期间暂停招生"));

        Assert.Equal("suspended", item.GetProperty("status").GetString());
        Assert.Equal("学员投诉，核查期间暂停招生", item.GetProperty("statusNote").GetString());
        Assert.Equal(3800m, item.GetProperty("subsidyPerPerson").GetDecimal());
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    [InlineData(null)]
    public async Task SuspendCatalogueItem_WithoutAReason_Returns400(string? reason)
    {
        var response = await VerbAsync(await City(), DemoData.WelderItemId, "suspension", RequestBodies.With(Suspension(), "reason", reason));

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("reason", out _), problem.ToString());
    }

    [Fact]
    public async Task SuspendCatalogueItem_ByTheInstitution_Returns403()
    {
        var response = await VerbAsync(await College(), DemoData.WelderItemId, "suspension", Suspension());

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Fact]
    public async Task SuspendCatalogueItem_WhenIfMatchIsStale_Returns412()
    {
        var city = await City();
        var stale = await ETagOf(city, DemoData.WelderItemId);
        await VerbOkAsync(city, DemoData.WelderItemId, "suspension", Suspension());
        await VerbOkAsync(city, DemoData.WelderItemId, "reinstatement");

        var response = await SendAsync(city, HttpMethod.Post, Url(DemoData.WelderItemId, "suspension"), Suspension(), stale);

        await AssertProblem(response, HttpStatusCode.PreconditionFailed, "concurrency.stale_version");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SuspendCatalogueItemTestsOnSqlite(SqliteApiFactory api) : SuspendCatalogueItemTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class SuspendCatalogueItemTestsOnPostgreSql(PostgreSqlApiFactory api) : SuspendCatalogueItemTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class SuspendCatalogueItemTestsOnSqlServer(SqlServerApiFactory api) : SuspendCatalogueItemTests(api);
