using System.Net;
using System.Net.Http.Json;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Catalogue;

public abstract class SubmitCatalogueItemTests(ApiFactory api) : CatalogueFunctionalTest(api)
{
    [Fact]
    public async Task SubmitCatalogueItem_ADraft_Returns200Submitted()
    {
        var id = await ItemInAsync("draft");

        var item = await VerbOkAsync(await College(), id, "submission");

        Assert.Equal("submitted", item.GetProperty("status").GetString());
        Assert.Equal(2, item.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task SubmitCatalogueItem_WhenIfMatchIsMissing_Returns428()
    {
        var id = await ItemInAsync("draft");

        var response = await SendAsync(await College(), HttpMethod.Post, Url(id, "submission"), null, ifMatch: null);

        await AssertProblem(response, HttpStatusCode.PreconditionRequired, "concurrency.if_match_required");
    }

    [Fact]
    public async Task SubmitCatalogueItem_WhenIfMatchIsStale_Returns412()
    {
        var college = await College();
        var id = await ItemInAsync("draft");
        var stale = await ETagOf(college, id);
        await VerbOkAsync(college, id, "submission");

        var response = await SendAsync(college, HttpMethod.Post, Url(id, "submission"), null, stale);

        await AssertProblem(response, HttpStatusCode.PreconditionFailed, "concurrency.stale_version");
    }

    [Fact]
    public async Task SubmitCatalogueItem_WhenTheInstitutionsQualificationHasRunOutSinceTheDraft_Returns409()
    {
        var id = await ItemInAsync("draft");
        await RevokeQualificationAsync(DemoData.VocationalCollegeId);

        var response = await VerbAsync(await College(), id, "submission");

        await AssertProblem(response, HttpStatusCode.Conflict, "catalogue.institution_not_qualified");
    }

    [Fact]
    public async Task SubmitCatalogueItem_AnotherInstitutionsItem_Returns404()
    {
        var id = await ItemInAsync("draft");

        var response = await SendAsync(await TrainingSchool(), HttpMethod.Post, Url(id, "submission"), null, "*");

        await AssertProblem(response, HttpStatusCode.NotFound, "catalogue_item.not_found");
    }

    [Fact]
    public async Task SubmitCatalogueItem_ByTheCity_Returns403()
    {
        var id = await ItemInAsync("draft");

        var response = await SendAsync(await City(), HttpMethod.Post, Url(id, "submission"), null, "*");

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Fact]
    public async Task SubmitCatalogueItem_WhenAnonymous_Returns401()
    {
        var response = await SendAsync(Api.Anonymous(), HttpMethod.Post, Url(DemoData.RobotItemId, "submission"), null, "*");

        await AssertProblem(response, HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }

    /// <summary>The city ends the organisation's qualification yesterday.</summary>
    private async Task RevokeQualificationAsync(Guid organizationId)
    {
        var city = await City();
        var etag = (await city.GetAsync($"/api/v1/organizations/{organizationId}", Cancel)).Headers.ETag!.ToString();
        var today = ChinaCalendar.Today();
        var response = await SendAsync(city, HttpMethod.Put, $"/api/v1/organizations/{organizationId}/labels", new
        {
            isKeyIndustryEnterprise = false,
            isKeyIndustryInnovationEmployer = false,
            isIndustryEducationIntegrationEnterprise = false,
            isPrivateInstitution = true,
            trainingQualification = new { validFrom = today.AddYears(-2), validUntil = today.AddDays(-1) },
        }, etag);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SubmitCatalogueItemTestsOnSqlite(SqliteApiFactory api) : SubmitCatalogueItemTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class SubmitCatalogueItemTestsOnPostgreSql(PostgreSqlApiFactory api) : SubmitCatalogueItemTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class SubmitCatalogueItemTestsOnSqlServer(SqlServerApiFactory api) : SubmitCatalogueItemTests(api);
