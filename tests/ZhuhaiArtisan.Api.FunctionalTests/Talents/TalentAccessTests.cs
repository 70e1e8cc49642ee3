using System.Net;
using System.Net.Http.Json;
using ZhuhaiArtisan.Api.FunctionalTests.Builders;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Talents;

/// <summary>Who sees which talent, masked; lookups by identity document; audited reveals.</summary>
public abstract class TalentAccessTests(ApiFactory api) : FunctionalTest(api)
{
    private const string Url = "/api/v1/talents";

    [Theory]
    [InlineData("CityAdmin", null)]
    [InlineData("Enterprise", null)]
    [InlineData("DistrictAdmin", new[] { "district", "440404" })]
    public async Task GetTalent_WhenTheCallerMaySeeIt_Returns200Masked(string role, string[]? claim)
    {
        var caller = await Api.SignedInAs(role, claim is null ? null : new Dictionary<string, string> { [claim[0]] = claim[1] });

        var response = await caller.GetAsync($"{Url}/{DemoData.EmployeeTalentId}", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var talent = await ReadJson(response);
        Assert.Equal("440404********4519", talent.GetProperty("identityNumber").GetString());
        Assert.Equal("139****9002", talent.GetProperty("phone").GetString());
        Assert.NotNull(response.Headers.ETag);
    }

    [Theory]
    [InlineData("Enterprise", DemoTalent.Student)]
    [InlineData("Institution", DemoTalent.Employee)]
    [InlineData("DistrictAdmin", DemoTalent.Employee)]
    [InlineData("Talent", DemoTalent.Employee)]
    public async Task GetTalent_WhenTheCallerMayNotSeeIt_Returns404LikeAMissingOne(string role, DemoTalent whom)
    {
        var caller = await Api.SignedInAs(role);

        var hidden = await caller.GetAsync($"{Url}/{Id(whom)}", Cancel);
        var missing = await caller.GetAsync($"{Url}/{Guid.NewGuid()}", Cancel);

        var hiddenProblem = await AssertProblem(hidden, HttpStatusCode.NotFound, "talent.not_found");
        await AssertProblem(missing, HttpStatusCode.NotFound, "talent.not_found");
        Assert.DoesNotContain("陈建国", hiddenProblem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrainingInstitution_SeesTheTraineesEnrolledInItsClasses_AndNobodyElse()
    {
        var school = await Api.SignedInAs("Institution", new { subject = "training-school-user", org = DemoData.TrainingInstitutionId.ToString() });

        var trainee = await school.GetAsync($"{Url}/{DemoData.TalentId}", Cancel);
        var stranger = await school.GetAsync($"{Url}/{DemoData.HongKongTalentId}", Cancel);
        var listed = (await ReadJson(await school.GetAsync(Url, Cancel))).GetProperty("items").EnumerateArray()
            .Select(t => t.GetProperty("id").GetGuid()).ToHashSet();

        Assert.Equal(HttpStatusCode.OK, trainee.StatusCode);
        Assert.Contains("********", (await ReadJson(trainee)).GetProperty("identityNumber").GetString(), StringComparison.Ordinal);
        await AssertProblem(stranger, HttpStatusCode.NotFound, "talent.not_found");
        Assert.Contains(DemoData.TalentId, listed);
        Assert.Contains(DemoData.StudentTalentId, listed);
        Assert.DoesNotContain(DemoData.HongKongTalentId, listed);
        Assert.DoesNotContain(DemoData.ForeignTalentId, listed);
    }

    [Fact]
    public async Task GetTalent_WhenAPartnerAsks_Returns403()
    {
        var response = await Api.WithApiKey(DemoData.PartnerApiKey).GetAsync($"{Url}/{DemoData.EmployeeTalentId}", Cancel);

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Fact]
    public async Task ListTalents_ShowsEachCallerOnlyItsOwn()
    {
        Assert.Equal(5, (await Names(await Api.SignedInAs("CityAdmin"), string.Empty)).Count);
        Assert.Equal(["陈建国"], await Names(await Api.SignedInAs("Enterprise"), string.Empty));
        Assert.Equal(["阿卜杜拉·买买提"], await Names(await Api.SignedInAs("Institution"), string.Empty));
        Assert.Equal(["林晓峰"], await Names(await Api.SignedInAs("Talent"), string.Empty));
        var xiangzhou = await Names(await Api.SignedInAs("DistrictAdmin"), string.Empty);
        Assert.Equal(new[] { "林晓峰", "阿卜杜拉·买买提" }.Order(StringComparer.Ordinal), xiangzhou.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ListTalents_FiltersAndPagesByNameWithoutGapsOrRepeats()
    {
        var city = await Api.SignedInAs("CityAdmin");
        for (var i = 0; i < 4; i++)
        {
            await city.PostAsJsonAsync(Url, new RegisterTalentRequestBuilder().Named("同名").Build(), Cancel);
        }

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await ReadJson(await city.GetAsync($"{Url}?limit=2" + (cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}"), Cancel));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null && seen.Count < 50);

        Assert.Equal(9, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(4, (await Names(city, "?origin=outside-city")).Count);
        Assert.Equal(["林晓峰"], await Names(city, "?jobSeeking=seeking"));
        Assert.Equal(["陈建国"], await Names(city, $"?employer={DemoData.EnterpriseId}"));
        Assert.Equal(["阿卜杜拉·买买提"], await Names(city, $"?school={DemoData.VocationalCollegeId}"));
    }

    [Theory]
    [InlineData("CityAdmin")]
    [InlineData("DistrictAdmin")]
    public async Task ListTalents_EveryCombinationOfFilters_PagesThroughWhatTheWholeListHolds(string role)
    {
        var city = await Api.SignedInAs("CityAdmin");
        var names = "甲乙丙丁戊己庚辛";
        var n = 0;
        foreach (var district in new[] { "440402", "440403" })
        {
            foreach (var origin in new[] { "local", "outside-city" })
            {
                foreach (var status in new[] { "seeking", "not-seeking" })
                {
                    // Two of each, under names that interleave the groups in name order.
                    for (var copy = 0; copy < 2; copy++, n++)
                    {
                        var talent = new RegisterTalentRequestBuilder()
                            .Named($"组合{names[n % names.Length]}{names[n / names.Length]}")
                            .LivingIn(district)
                            .From(origin)
                            .Wishing(new { status })
                            .Build();
                        Assert.Equal(HttpStatusCode.Created, (await city.PostAsJsonAsync(Url, talent, Cancel)).StatusCode);
                    }
                }
            }
        }

        var caller = await Api.SignedInAs(role);
        var whole = await AllPages(caller, "?limit=100");
        Assert.Equal(role == "CityAdmin" ? 21 : 10, whole.Count);
        foreach (var district in new[] { null, "440402", "440403" })
        {
            foreach (var origin in new[] { null, "local", "outside-city" })
            {
                foreach (var status in new[] { null, "seeking", "not-seeking" })
                {
                    var query = "?limit=3"
                        + (district is null ? string.Empty : $"&district={district}")
                        + (origin is null ? string.Empty : $"&origin={origin}")
                        + (status is null ? string.Empty : $"&jobSeeking={status}");
                    var expected = whole
                        .Where(t => district is null || t.GetProperty("residenceDistrictCode").GetString() == district)
                        .Where(t => origin is null || t.GetProperty("origin").GetString() == origin)
                        .Where(t => status is null || t.GetProperty("jobSeekingStatus").GetString() == status)
                        .Select(t => t.GetProperty("id").GetString())
                        .ToList();

                    Assert.Equal(expected, (await AllPages(caller, query)).Select(t => t.GetProperty("id").GetString()).ToList());
                }
            }
        }
    }

    [Theory]
    [InlineData("?origin=martian", "origin")]
    [InlineData("?jobSeeking=maybe", "jobSeeking")]
    [InlineData("?employer=not-a-guid", "employer")]
    [InlineData("?limit=1000", "limit")]
    public async Task ListTalents_WhenAFilterIsInvalid_Returns400NamingIt(string query, string field)
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.GetAsync(Url + query, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await ReadJson(response)).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task FindTalentByIdentityNumber_WhenTheCityAsks_FindsItMasked()
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.PostAsJsonAsync("/api/v1/talent-lookups", new { documentType = "resident-identity-card", identityNumber = DemoData.TalentIdentityNumber }, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var talent = await ReadJson(response);
        Assert.Equal(DemoData.TalentId.ToString(), talent.GetProperty("id").GetString());
        Assert.Equal("440402********0015", talent.GetProperty("identityNumber").GetString());
    }

    [Fact]
    public async Task FindTalentByIdentityNumber_ARenewedTravelPermitFindsItsHolder()
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.PostAsJsonAsync("/api/v1/talent-lookups", new { documentType = "mainland-travel-permit-for-hong-kong-macao-residents", identityNumber = "H1234567803" }, Cancel);

        Assert.Equal(DemoData.HongKongTalentId.ToString(), (await ReadJson(response)).GetProperty("id").GetString());
    }

    [Fact]
    public async Task FindTalentByIdentityNumber_WhenTheCallerMayNotSeeIt_Answers404AsForAnUnknownNumber()
    {
        var enterprise = await Api.SignedInAs("Enterprise");

        var registeredElsewhere = await enterprise.PostAsJsonAsync("/api/v1/talent-lookups", new { documentType = "resident-identity-card", identityNumber = DemoData.TalentIdentityNumber }, Cancel);
        var unknown = await enterprise.PostAsJsonAsync("/api/v1/talent-lookups", new { documentType = "resident-identity-card", identityNumber = IdentityNumbers.NextResident() }, Cancel);

        var first = await AssertProblem(registeredElsewhere, HttpStatusCode.NotFound, "talent.not_found");
        var second = await AssertProblem(unknown, HttpStatusCode.NotFound, "talent.not_found");
        Assert.Equal(first.GetProperty("detail").GetString(), second.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task FindTalentByIdentityNumber_WhenTheNumberIsMalformed_Returns400WithoutEchoingIt()
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.PostAsJsonAsync("/api/v1/talent-lookups", new { documentType = "resident-identity-card", identityNumber = "440402199203150016" }, Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
        Assert.DoesNotContain("440402199203150016", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevealTalentPersonalInformation_WhenTheCityAsks_ReturnsFullValuesAndAuditsTheRead()
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.PostAsync($"{Url}/{DemoData.EmployeeTalentId}/personal-information-reveals", null, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var talent = await ReadJson(response);
        Assert.Equal("440404198507204519", talent.GetProperty("identityNumber").GetString());
        Assert.Equal("13900139002", talent.GetProperty("phone").GetString());
        Assert.False(talent.GetProperty("personalInformationMasked").GetBoolean());

        var audit = await ReadJson(await city.GetAsync($"/api/v1/audit-entries?action=RevealTalentPersonalInformation&entityId={DemoData.EmployeeTalentId}", Cancel));
        var entry = Assert.Single(audit.GetProperty("items").EnumerateArray());
        Assert.Equal("city-admin", entry.GetProperty("actor").GetString());
        Assert.Equal(["identityNumber", "phone"], entry.GetProperty("after").GetProperty("fullRead").EnumerateArray().Select(f => f.GetString()));
    }

    [Theory]
    [InlineData("Enterprise")]
    [InlineData("DistrictAdmin")]
    [InlineData("Talent")]
    public async Task RevealTalentPersonalInformation_WhenNotTheCity_Returns403(string role)
    {
        var caller = await Api.SignedInAs(role);

        var response = await caller.PostAsync($"{Url}/{DemoData.EmployeeTalentId}/personal-information-reveals", null, Cancel);

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Fact]
    public async Task RevealTalentPersonalInformation_WhenUnknown_Returns404()
    {
        var city = await Api.SignedInAs("CityAdmin");

        await AssertProblem(await city.PostAsync($"{Url}/{Guid.NewGuid()}/personal-information-reveals", null, Cancel), HttpStatusCode.NotFound, "talent.not_found");
    }

    public enum DemoTalent
    {
        Employee,
        Student,
    }

    private static Guid Id(DemoTalent whom) => whom == DemoTalent.Employee ? DemoData.EmployeeTalentId : DemoData.StudentTalentId;

    /// <summary>Every item of the list, page after page by its cursor.</summary>
    private static async Task<List<System.Text.Json.JsonElement>> AllPages(HttpClient client, string query)
    {
        var items = new List<System.Text.Json.JsonElement>();
        string? cursor = null;
        do
        {
            var page = await ReadJson(await client.GetAsync(Url + query + (cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}"), Cancel));
            items.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null && items.Count < 1_000);

        return items;
    }

    private static async Task<List<string>> Names(HttpClient client, string query) =>
        (await ReadJson(await client.GetAsync(Url + query, Cancel))).GetProperty("items").EnumerateArray()
        .Select(t => t.GetProperty("name").GetString()!).ToList();
}

[Collection(SqliteCollection.Name)]
public sealed class TalentAccessTestsOnSqlite(SqliteApiFactory api) : TalentAccessTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class TalentAccessTestsOnPostgreSql(PostgreSqlApiFactory api) : TalentAccessTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class TalentAccessTestsOnSqlServer(SqlServerApiFactory api) : TalentAccessTests(api);
