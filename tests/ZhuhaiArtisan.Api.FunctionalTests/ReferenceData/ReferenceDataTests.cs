using System.Net;
using System.Net.Http.Headers;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;

namespace ZhuhaiArtisan.Api.FunctionalTests.ReferenceData;

public abstract class ReferenceDataTests(ApiFactory api) : FunctionalTest(api)
{
    [Fact]
    public async Task GetIndustryClusters_WhenAnonymous_ReturnsTheSevenClustersWithStableCodes()
    {
        var response = await Api.Anonymous().GetAsync("/api/v1/industry-clusters", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = (await ReadJson(response)).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(
            ["next-gen-it", "new-energy", "integrated-circuits", "biomedicine-health", "smart-appliances", "equipment-manufacturing", "fine-chemicals"],
            items.Select(i => i.GetProperty("code").GetString()));
        Assert.Equal(4, items.Count(i => i.GetProperty("kind").GetString() == "leading"));
        Assert.Equal(3, items.Count(i => i.GetProperty("kind").GetString() == "advantage"));
    }

    [Fact]
    public async Task GetSkillLevels_ReturnsEightLevelsInOrder_HighSkillFromSeniorUp()
    {
        var body = await ReadJson(await Api.Anonymous().GetAsync("/api/v1/skill-levels", Cancel));

        var levels = body.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(
            ["apprentice", "junior", "intermediate", "senior", "technician", "senior-technician", "principal-technician", "chief-technician"],
            levels.Select(l => l.GetProperty("code").GetString()));
        Assert.Equal(Enumerable.Range(1, 8), levels.Select(l => l.GetProperty("rank").GetInt32()));
        Assert.Equal([false, false, false, true, true, true, true, true], levels.Select(l => l.GetProperty("isHighSkill").GetBoolean()));
        Assert.Equal("五级", levels[1].GetProperty("nationalGrade").GetString());
        Assert.Equal("一级", levels[5].GetProperty("nationalGrade").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, levels[7].GetProperty("nationalGrade").ValueKind);
    }

    [Fact]
    public async Task GetDistricts_ReturnsTheThreeDistrictsAndTheFunctionalZones()
    {
        var body = await ReadJson(await Api.Anonymous().GetAsync("/api/v1/districts", Cancel));

        var districts = body.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(7, districts.Count);
        Assert.Equal(["440402", "440403", "440404"], districts.Where(d => d.GetProperty("kind").GetString() == "district").Select(d => d.GetProperty("code").GetString()));
        var hiTech = districts.Single(d => d.GetProperty("code").GetString() == "ZH-GX");
        Assert.Equal("functional-zone", hiTech.GetProperty("kind").GetString());
        Assert.Equal("440402", hiTech.GetProperty("parentCode").GetString());
    }

    [Fact]
    public async Task GetIndustryClusters_WhenIfNoneMatchIsCurrent_Returns304WithoutBody()
    {
        var client = Api.Anonymous();
        var first = await client.GetAsync("/api/v1/industry-clusters", Cancel);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/industry-clusters");
        request.Headers.IfNoneMatch.Add(etag);
        var second = await client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync(Cancel));
    }

    [Fact]
    public async Task GetDistricts_WhenIfNoneMatchIsStale_Returns200WithBody()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/districts");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"stale\""));

        var response = await Api.Anonymous().SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
    }

    [Theory]
    [InlineData("焊工", "6-18-02-04")]
    [InlineData("电工", "6-31-01-03")]
    [InlineData("Welder", "6-18-02-04")]
    [InlineData("6-18-02", "6-18-02-04")]
    public async Task ListOccupations_WhenSearching_FindsTheOccupation(string search, string expectedCode)
    {
        var body = await ReadJson(await Api.Anonymous().GetAsync($"/api/v1/occupations?search={Uri.EscapeDataString(search)}&limit=200", Cancel));

        var codes = body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()).ToList();
        Assert.Contains(expectedCode, codes);
    }

    [Fact]
    public async Task ListOccupations_WhenFilteredByCluster_ReturnsOnlyOccupationsServingIt()
    {
        var body = await ReadJson(await Api.Anonymous().GetAsync("/api/v1/occupations?cluster=integrated-circuits&limit=200", Cancel));

        var items = body.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Contains("integrated-circuits", i.GetProperty("clusters").EnumerateArray().Select(c => c.GetString())));
    }

    [Fact]
    public async Task ListOccupations_WhenPagedWithCursor_VisitsEveryOccupationOnce()
    {
        var client = Api.Anonymous();
        var codes = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var url = "/api/v1/occupations?limit=50" + (cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}");
            var body = await ReadJson(await client.GetAsync(url, Cancel));
            codes.AddRange(body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()!));
            cursor = body.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null && pages < 10);

        Assert.Equal(119, codes.Count);
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Equal(3, pages);
        Assert.Equal(codes.OrderBy(c => c, StringComparer.Ordinal), codes);
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("b2NjdXBhdGlvbnMKNi0xOC0wMi0wNA.AAAAAAAAAAAAAAAAAAAAAA")]
    public async Task ListOccupations_WhenCursorIsTampered_Returns400WithCodePagingInvalidCursor(string cursor)
    {
        var response = await Api.Anonymous().GetAsync($"/api/v1/occupations?cursor={Uri.EscapeDataString(cursor)}", Cancel);

        await AssertProblem(response, HttpStatusCode.BadRequest, "paging.invalid_cursor");
    }

    [Fact]
    public async Task ListOccupations_WhenCursorComesFromAnotherList_Returns400()
    {
        var admin = await Api.SignedInAs("CityAdmin");
        var organizations = await ReadJson(await admin.GetAsync("/api/v1/organizations?limit=1", Cancel));
        var foreignCursor = organizations.GetProperty("nextCursor").GetString()!;

        var response = await Api.Anonymous().GetAsync($"/api/v1/occupations?cursor={Uri.EscapeDataString(foreignCursor)}", Cancel);

        await AssertProblem(response, HttpStatusCode.BadRequest, "paging.invalid_cursor");
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("limit=abc", "limit")]
    [InlineData("limit=99999999999999999999", "limit")]
    [InlineData("cluster=steel", "cluster")]
    public async Task ListOccupations_WhenQueryIsInvalid_Returns400NamingTheParameter(string query, string field)
    {
        var response = await Api.Anonymous().GetAsync($"/api/v1/occupations?{query}", Cancel);

        var status = response.StatusCode;
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var problem = await ReadJson(response);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task ListOccupations_WhenSearchIsOversized_Returns400()
    {
        var response = await Api.Anonymous().GetAsync($"/api/v1/occupations?search={new string('焊', 65)}", Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("search", out _));
    }

    [Fact]
    public async Task GetOccupation_WhenKnown_ReturnsItWithItsEditionAndClusters()
    {
        var response = await Api.Anonymous().GetAsync("/api/v1/occupations/6-18-02-04", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var occupation = await ReadJson(response);
        Assert.Equal("焊工", occupation.GetProperty("nameZh").GetString());
        Assert.Equal("CSCO-2022", occupation.GetProperty("edition").GetString());
        Assert.Contains("equipment-manufacturing", occupation.GetProperty("clusters").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task GetOccupation_WhenCodeEndsInDoubleZero_IsAccepted()
    {
        var response = await Api.Anonymous().GetAsync("/api/v1/occupations/6-24-04-00", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("电池制造工", (await ReadJson(response)).GetProperty("nameZh").GetString());
    }

    [Theory]
    [InlineData("6-18-02")]
    [InlineData("61802-04")]
    [InlineData("9-18-02-04")]
    [InlineData("x-yy-zz-ww")]
    public async Task GetOccupation_WhenCodeIsMalformed_Returns400(string code)
    {
        var response = await Api.Anonymous().GetAsync($"/api/v1/occupations/{code}", Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("code", out _));
    }

    [Fact]
    public async Task GetOccupation_WhenWellFormedButUnknown_Returns404()
    {
        var response = await Api.Anonymous().GetAsync("/api/v1/occupations/6-99-99-99", Cancel);

        await AssertProblem(response, HttpStatusCode.NotFound, "occupation.not_found");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReferenceDataTestsOnSqlite(SqliteApiFactory api) : ReferenceDataTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class ReferenceDataTestsOnPostgreSql(PostgreSqlApiFactory api) : ReferenceDataTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class ReferenceDataTestsOnSqlServer(SqlServerApiFactory api) : ReferenceDataTests(api);
