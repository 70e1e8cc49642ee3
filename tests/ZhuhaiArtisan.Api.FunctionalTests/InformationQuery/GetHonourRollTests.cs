using System.Buffers.Text;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZhuhaiArtisan.Api.FunctionalTests.Builders;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Infrastructure.Persistence;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.InformationQuery;

/// <summary>The public honour roll: consented titles only, filtered, keyset-paged.</summary>
public abstract class GetHonourRollTests(ApiFactory api) : FunctionalTest(api)
{
    private const string Url = "/api/v1/honour-roll";

    [Fact]
    public async Task GetHonourRoll_ListsOnlyPublishedCraftsmenAndExpertsNewestYearFirst()
    {
        var city = await Api.SignedInAs("CityAdmin");
        await Confer(city, DemoData.TalentId, new ConferHonourRequestBuilder().OfKind("zhuhai-master-craftsman").In(2026).Published(false));
        await Confer(city, DemoData.TalentId, new ConferHonourRequestBuilder().AtCompetition("2026年珠海市职业技能大赛", "一等奖", null).In(2026).Published(true));

        var response = await Api.Anonymous().GetAsync(Url, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var roll = await ReadJson(response);
        Assert.Equal(JsonValueKind.Null, roll.GetProperty("nextCursor").ValueKind);
        var entries = roll.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal(
            new[] { "employer", "name", "title", "year" },
            e.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)));
        Assert.Equal(["zhuhai-craftsman", "enterprise-craftsman"], entries.Select(e => e.GetProperty("title").GetString()));
        Assert.Equal([2025, 2024], entries.Select(e => e.GetProperty("year").GetInt32()));
        Assert.All(entries, e => Assert.Equal("陈建国", e.GetProperty("name").GetString()));
        Assert.All(entries, e => Assert.Equal("珠海示范智造有限公司", e.GetProperty("employer").GetString()));
        Assert.DoesNotContain("林晓峰", roll.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetHonourRoll_WhenTheHolderHasNoEmployer_ShowsNoEmployer()
    {
        var district = await Api.SignedInAs("DistrictAdmin");
        await Confer(district, DemoData.TalentId, new ConferHonourRequestBuilder().OfKind("district-craftsman").In(2026).ConferredBy("香洲区人民政府"));

        var roll = await ReadJson(await Api.Anonymous().GetAsync($"{Url}?year=2026", Cancel));

        var entry = Assert.Single(roll.GetProperty("items").EnumerateArray());
        Assert.Equal("林晓峰", entry.GetProperty("name").GetString());
        Assert.Equal("district-craftsman", entry.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("employer").ValueKind);
    }

    [Theory]
    [InlineData("?year=2025", 6)]
    [InlineData("?year=2024", 2)]
    [InlineData("?year=2023", 0)]
    [InlineData("?kind=zhuhai-craftsman", 3)]
    [InlineData("?kind=district-craftsman", 2)]
    [InlineData("?year=2025&kind=zhuhai-technical-expert", 2)]
    [InlineData("?year=2024&kind=zhuhai-master-craftsman", 1)]
    public async Task GetHonourRoll_FiltersByYearAndKind(string query, int expected)
    {
        await ConferARollOfHonours();

        var roll = await ReadJson(await Api.Anonymous().GetAsync(Url + query, Cancel));

        var entries = roll.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(expected, entries.Count);
        var filters = System.Web.HttpUtility.ParseQueryString(query);
        Assert.All(entries, e =>
        {
            Assert.True(filters["year"] is null || filters["year"] == e.GetProperty("year").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(filters["kind"] is null || filters["kind"] == e.GetProperty("title").GetString());
        });
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task GetHonourRoll_PagesWithoutGapsOrRepeats(int limit)
    {
        await ConferARollOfHonours();
        var anonymous = Api.Anonymous();
        var whole = (await ReadJson(await anonymous.GetAsync($"{Url}?limit=200", Cancel))).GetProperty("items").EnumerateArray().Select(e => e.ToString()).ToList();

        var paged = new List<string>();
        var pages = 0;
        string? cursor = null;
        do
        {
            var page = await ReadJson(await anonymous.GetAsync($"{Url}?limit={limit}" + (cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}"), Cancel));
            var items = page.GetProperty("items").EnumerateArray().Select(e => e.ToString()).ToList();
            Assert.InRange(items.Count, 1, limit);
            paged.AddRange(items);
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null && pages < 50);

        Assert.Equal(9, whole.Count);
        Assert.Equal(whole, paged);
        Assert.Equal((whole.Count + limit - 1) / limit, pages);
        var years = whole.Select(e => JsonDocument.Parse(e).RootElement.GetProperty("year").GetInt32()).ToList();
        Assert.Equal(years.OrderDescending(), years);
    }

    [Fact]
    public async Task GetHonourRoll_WhenPagedWithAFilter_KeepsTheFilterOnEveryPage()
    {
        await ConferARollOfHonours();
        var anonymous = Api.Anonymous();

        var first = await ReadJson(await anonymous.GetAsync($"{Url}?year=2025&limit=4", Cancel));
        var second = await ReadJson(await anonymous.GetAsync($"{Url}?year=2025&limit=4&cursor={Uri.EscapeDataString(first.GetProperty("nextCursor").GetString()!)}", Cancel));

        Assert.Equal(4, first.GetProperty("items").GetArrayLength());
        Assert.Equal(2, second.GetProperty("items").GetArrayLength());
        Assert.All(second.GetProperty("items").EnumerateArray(), e => Assert.Equal(2025, e.GetProperty("year").GetInt32()));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task GetHonourRoll_TheCursorCarriesNoIdentityData()
    {
        var cursor = (await ReadJson(await Api.Anonymous().GetAsync($"{Url}?limit=1", Cancel))).GetProperty("nextCursor").GetString()!;
        string hash;
        using (var scope = Api.Services.CreateScope())
        {
            var employee = new TalentId(DemoData.EmployeeTalentId);
            hash = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Talents
                .Where(t => t.Id == employee).Select(t => t.IdentityNumberHash).SingleAsync(Cancel);
        }

        var payload = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor.AsSpan(0, cursor.IndexOf('.', StringComparison.Ordinal))));

        Assert.DoesNotContain(hash.Trim(), payload, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("440404198507204519", payload, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoData.EmployeeTalentId.ToString(), payload, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task GetHonourRoll_WhenTheCursorIsTampered_Returns400WithCodePagingInvalidCursor()
    {
        var anonymous = Api.Anonymous();
        var cursor = (await ReadJson(await anonymous.GetAsync($"{Url}?limit=1", Cancel))).GetProperty("nextCursor").GetString()!;
        var dot = cursor.IndexOf('.', StringComparison.Ordinal);
        var edited = (cursor[0] == 'A' ? 'B' : 'A') + cursor[1..];
        var resigned = cursor[..(dot + 1)] + (cursor[dot + 1] == 'A' ? 'B' : 'A') + cursor[(dot + 2)..];
        var city = await Api.SignedInAs("CityAdmin");
        var talentsCursor = (await ReadJson(await city.GetAsync("/api/v1/talents?limit=1", Cancel))).GetProperty("nextCursor").GetString()!;

        foreach (var bad in new[] { edited, resigned, cursor[..^2], "not-a-cursor", talentsCursor })
        {
            var response = await anonymous.GetAsync($"{Url}?limit=1&cursor={Uri.EscapeDataString(bad)}", Cancel);

            var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "paging.invalid_cursor");
            Assert.True(problem.GetProperty("errors").TryGetProperty("cursor", out _), problem.ToString());
        }
    }

    [Theory]
    [InlineData("?kind=nobel-prize", "kind")]
    [InlineData("?kind=ZhuhaiCraftsman", "kind")]
    [InlineData("?kind=competition-award", "kind")]
    [InlineData("?year=1999", "year")]
    [InlineData("?year=2101", "year")]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=201", "limit")]
    public async Task GetHonourRoll_WhenAFilterIsInvalid_Returns400NamingIt(string query, string field)
    {
        var response = await Api.Anonymous().GetAsync(Url + query, Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Theory]
    [InlineData("?year=twenty", "year")]
    [InlineData("?limit=many", "limit")]
    public async Task GetHonourRoll_WhenANumberIsNotANumber_Returns400NamingIt(string query, string field)
    {
        var response = await Api.Anonymous().GetAsync(Url + query, Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "request.malformed");
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    /// <summary>
    /// Adds to the demo roll (陈建国: 珠海工匠 2025, 企业工匠 2024): two holders of one name, one of
    /// them with three titles; titles without consent and a competition award, which stay off the roll.
    /// Nine entries in all: six in 2025, two in 2024, one in 2026 (a 区级工匠).
    /// </summary>
    private async Task ConferARollOfHonours()
    {
        var city = await Api.SignedInAs("CityAdmin");
        var first = await Register(city, "同名");
        var second = await Register(city, "同名");
        var third = await Register(city, "李工匠");

        await Confer(city, first, new ConferHonourRequestBuilder().OfKind("zhuhai-craftsman").In(2025));
        await Confer(city, first, new ConferHonourRequestBuilder().OfKind("zhuhai-technical-expert").In(2025));
        await Confer(city, first, new ConferHonourRequestBuilder().OfKind("zhuhai-master-craftsman").In(2024));
        await Confer(city, second, new ConferHonourRequestBuilder().OfKind("zhuhai-craftsman").In(2025));
        await Confer(city, second, new ConferHonourRequestBuilder().OfKind("zhuhai-technical-expert").In(2023).Published(false));
        await Confer(city, third, new ConferHonourRequestBuilder().OfKind("zhuhai-technical-expert").In(2025));
        await Confer(city, third, new ConferHonourRequestBuilder().AtCompetition("2025年珠海市职业技能大赛", "二等奖", null).In(2025));
        await Confer(await Api.SignedInAs("DistrictAdmin"), DemoData.TalentId, new ConferHonourRequestBuilder().OfKind("district-craftsman").In(2026).ConferredBy("香洲区人民政府"));
        await Confer(await Api.SignedInAs("DistrictAdmin"), DemoData.TalentId, new ConferHonourRequestBuilder().OfKind("district-craftsman").In(2025).ConferredBy("香洲区人民政府"));
        await Confer(city, DemoData.TalentId, new ConferHonourRequestBuilder().OfKind("zhuhai-master-craftsman").In(2025).Published(false));
    }

    private static async Task<Guid> Register(HttpClient city, string name)
    {
        var response = await city.PostAsJsonAsync("/api/v1/talents", new RegisterTalentRequestBuilder().Named(name).Build(), Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return Guid.Parse((await ReadJson(response)).GetProperty("id").GetString()!);
    }

    private static async Task Confer(HttpClient caller, Guid talentId, ConferHonourRequestBuilder honour)
    {
        var response = await caller.PostAsJsonAsync($"/api/v1/talents/{talentId}/honours", honour.Build(), Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class GetHonourRollTestsOnSqlite(SqliteApiFactory api) : GetHonourRollTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class GetHonourRollTestsOnPostgreSql(PostgreSqlApiFactory api) : GetHonourRollTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class GetHonourRollTestsOnSqlServer(SqlServerApiFactory api) : GetHonourRollTests(api);
