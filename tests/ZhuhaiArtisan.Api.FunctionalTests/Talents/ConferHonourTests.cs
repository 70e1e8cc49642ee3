using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ZhuhaiArtisan.Api.FunctionalTests.Builders;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Talents;

/// <summary>Titles: city titles by the city, 区级工匠 by a district, 企业工匠 by an enterprise; once a year.</summary>
public abstract class ConferHonourTests(ApiFactory api) : FunctionalTest(api)
{
    private static string Url(Guid talentId) => $"/api/v1/talents/{talentId}/honours";

    [Theory]
    [InlineData("zhuhai-master-craftsman")]
    [InlineData("zhuhai-craftsman")]
    [InlineData("zhuhai-technical-expert")]
    public async Task ConferHonour_WhenTheCityConfersACityTitle_Returns201(string kind)
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.PostAsJsonAsync(Url(DemoData.TalentId), new ConferHonourRequestBuilder().OfKind(kind).In(2026).Build(), Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/v1/talents/{DemoData.TalentId}/skills", response.Headers.Location?.OriginalString);
        var honour = await ReadJson(response);
        Assert.True(Guid.TryParse(honour.GetProperty("id").GetString(), out _));
        Assert.Equal(DemoData.TalentId.ToString(), honour.GetProperty("talentId").GetString());
        Assert.Equal(kind, honour.GetProperty("kind").GetString());
        Assert.Equal(2026, honour.GetProperty("year").GetInt32());
        Assert.Equal("珠海市人民政府", honour.GetProperty("conferringBody").GetString());
        Assert.Equal(JsonValueKind.Null, honour.GetProperty("districtCode").ValueKind);
        Assert.Equal(JsonValueKind.Null, honour.GetProperty("enterpriseId").ValueKind);
        Assert.True(honour.GetProperty("publicationConsented").GetBoolean());

        var skills = await ReadJson(await city.GetAsync(response.Headers.Location, Cancel));
        Assert.Contains(skills.GetProperty("honours").EnumerateArray(), h => h.GetProperty("id").GetString() == honour.GetProperty("id").GetString());
    }

    [Fact]
    public async Task ConferHonour_WhenTheCityRecordsACompetitionAward_KeepsEventRankAndCoach()
    {
        var city = await Api.SignedInAs("CityAdmin");
        var request = new ConferHonourRequestBuilder().AtCompetition(" 2026年广东省职业技能大赛（焊工） ", "一等奖", "黄·师傅").In(2026);

        var response = await city.PostAsJsonAsync(Url(DemoData.TalentId), request.Build(), Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var honour = await ReadJson(response);
        Assert.Equal("competition-award", honour.GetProperty("kind").GetString());
        Assert.Equal("2026年广东省职业技能大赛（焊工）", honour.GetProperty("competitionEvent").GetString());
        Assert.Equal("一等奖", honour.GetProperty("competitionRank").GetString());
        Assert.Equal("黄·师傅", honour.GetProperty("coach").GetString());
    }

    [Fact]
    public async Task ConferHonour_WhenTwoCompetitionsAreWonInAYear_RecordsBothButNotTheSameEventTwice()
    {
        var city = await Api.SignedInAs("CityAdmin");
        var welding = new ConferHonourRequestBuilder().AtCompetition("2026年广东省职业技能大赛（焊工）", "一等奖", null).In(2026).Build();
        var electrician = new ConferHonourRequestBuilder().AtCompetition("2026年珠海市职业技能大赛（电工）", "二等奖", null).In(2026).Build();

        Assert.Equal(HttpStatusCode.Created, (await city.PostAsJsonAsync(Url(DemoData.TalentId), welding, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await city.PostAsJsonAsync(Url(DemoData.TalentId), electrician, Cancel)).StatusCode);
        await AssertProblem(await city.PostAsJsonAsync(Url(DemoData.TalentId), welding, Cancel), HttpStatusCode.Conflict, "honour.already_conferred");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    public async Task ConferHonour_WhenACompetitionAwardNamesNoEvent_Returns409WithCodeHonourCompetitionEventMissing(string? competitionEvent)
    {
        var city = await Api.SignedInAs("CityAdmin");
        var request = new ConferHonourRequestBuilder().AtCompetition("placeholder", "三等奖", null).In(2026).Build();

        var response = await city.PostAsync(Url(DemoData.TalentId), RequestBodies.With(request, "competitionEvent", competitionEvent), Cancel);

        await AssertProblem(response, HttpStatusCode.Conflict, "honour.competition_event_missing");
    }

    [Fact]
    public async Task ConferHonour_WhenADistrictConfersDistrictCraftsmanOnAResident_Returns201WithItsDistrict()
    {
        var district = await Api.SignedInAs("DistrictAdmin");

        var response = await district.PostAsJsonAsync(Url(DemoData.TalentId), new ConferHonourRequestBuilder().OfKind("district-craftsman").ConferredBy("香洲区人民政府").Build(), Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var honour = await ReadJson(response);
        Assert.Equal("district-craftsman", honour.GetProperty("kind").GetString());
        Assert.Equal(DemoData.DistrictCode, honour.GetProperty("districtCode").GetString());
        Assert.Equal(JsonValueKind.Null, honour.GetProperty("enterpriseId").ValueKind);
    }

    [Fact]
    public async Task ConferHonour_WhenAnEnterpriseConfersEnterpriseCraftsmanOnItsEmployee_Returns201AndAuditsIt()
    {
        var enterprise = await Api.SignedInAs("Enterprise");

        var response = await enterprise.PostAsJsonAsync(Url(DemoData.EmployeeTalentId), new ConferHonourRequestBuilder().OfKind("enterprise-craftsman").In(2025).ConferredBy("珠海示范智造有限公司").Build(), Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var honour = await ReadJson(response);
        Assert.Equal(DemoData.EnterpriseId.ToString(), honour.GetProperty("enterpriseId").GetString());
        var skills = await ReadJson(await enterprise.GetAsync(response.Headers.Location, Cancel));
        Assert.Equal(3, skills.GetProperty("honours").GetArrayLength());

        var city = await Api.SignedInAs("CityAdmin");
        var audit = await ReadJson(await city.GetAsync($"/api/v1/audit-entries?action=ConferHonour&entityId={honour.GetProperty("id").GetString()}", Cancel));
        var entry = Assert.Single(audit.GetProperty("items").EnumerateArray());
        Assert.Equal("Honour", entry.GetProperty("entityType").GetString());
        Assert.Equal("enterprise-user", entry.GetProperty("actor").GetString());
        Assert.Equal(2025, entry.GetProperty("after").GetProperty("year").GetInt32());
    }

    [Theory]
    [InlineData("CityAdmin", "zhuhai-craftsman", 2025)]
    [InlineData("Enterprise", "enterprise-craftsman", 2024)]
    public async Task ConferHonour_WhenTheTitleWasConferredThatYear_Returns409WithCodeHonourAlreadyConferred(string role, string kind, int year)
    {
        var caller = await Api.SignedInAs(role);

        var response = await caller.PostAsJsonAsync(Url(DemoData.EmployeeTalentId), new ConferHonourRequestBuilder().OfKind(kind).In(year).Build(), Cancel);

        await AssertProblem(response, HttpStatusCode.Conflict, "honour.already_conferred");
        var skills = await ReadJson(await caller.GetAsync($"/api/v1/talents/{DemoData.EmployeeTalentId}/skills", Cancel));
        Assert.Equal(2, skills.GetProperty("honours").GetArrayLength());
    }

    [Fact]
    public async Task ConferHonour_WhenTheSameTitleIsConferredInAnotherYear_Returns201()
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.PostAsJsonAsync(Url(DemoData.EmployeeTalentId), new ConferHonourRequestBuilder().OfKind("zhuhai-craftsman").In(2026).Build(), Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task ConferHonour_WhenPublicationConsentIsNotGiven_RecordsItAsNotConsented()
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.PostAsync(Url(DemoData.TalentId), RequestBodies.With(new ConferHonourRequestBuilder().Build(), "publicationConsented", null), Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.False((await ReadJson(response)).GetProperty("publicationConsented").GetBoolean());
    }

    [Theory]
    [InlineData("CityAdmin", "district-craftsman")]
    [InlineData("CityAdmin", "enterprise-craftsman")]
    [InlineData("DistrictAdmin", "zhuhai-master-craftsman")]
    [InlineData("DistrictAdmin", "zhuhai-technical-expert")]
    [InlineData("DistrictAdmin", "enterprise-craftsman")]
    [InlineData("DistrictAdmin", "competition-award")]
    [InlineData("Enterprise", "zhuhai-craftsman")]
    [InlineData("Enterprise", "district-craftsman")]
    [InlineData("Institution", "enterprise-craftsman")]
    [InlineData("Talent", "zhuhai-craftsman")]
    public async Task ConferHonour_WhenTheCallerMayNotConferThatTitle_Returns403(string role, string kind)
    {
        var caller = await Api.SignedInAs(role);
        var talent = role == "Enterprise" ? DemoData.EmployeeTalentId : DemoData.TalentId;
        // A competition award names its event, so that only the caller's right decides the answer.
        var request = kind == "competition-award"
            ? new ConferHonourRequestBuilder().AtCompetition("2026年珠海市职业技能大赛", "一等奖", null)
            : new ConferHonourRequestBuilder().OfKind(kind);

        var response = await caller.PostAsJsonAsync(Url(talent), request.Build(), Cancel);

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Fact]
    public async Task ConferHonour_WhenADistrictHonoursSomeoneLivingInAnotherDistrict_Returns404LikeAMissingTalent()
    {
        var district = await Api.SignedInAs("DistrictAdmin");
        var request = new ConferHonourRequestBuilder().OfKind("district-craftsman").Build();

        var elsewhere = await district.PostAsJsonAsync(Url(DemoData.EmployeeTalentId), request, Cancel);
        var missing = await district.PostAsJsonAsync(Url(Guid.NewGuid()), request, Cancel);

        await AssertProblem(elsewhere, HttpStatusCode.NotFound, "talent.not_found");
        await AssertProblem(missing, HttpStatusCode.NotFound, "talent.not_found");
    }

    [Fact]
    public async Task ConferHonour_WhenAnEnterpriseHonoursAnotherEnterprisesEmployee_Returns404LikeAMissingTalent()
    {
        var enterprise = await Api.SignedInAs("Enterprise");

        var response = await enterprise.PostAsJsonAsync(Url(DemoData.ForeignTalentId), new ConferHonourRequestBuilder().OfKind("enterprise-craftsman").Build(), Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.NotFound, "talent.not_found");
        Assert.DoesNotContain("Maria", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConferHonour_WhenAPartnerCalls_Returns403()
    {
        var response = await Api.WithApiKey(DemoData.PartnerApiKey).PostAsJsonAsync(Url(DemoData.TalentId), new ConferHonourRequestBuilder().Build(), Cancel);

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Fact]
    public async Task ConferHonour_WhenAnonymous_Returns401()
    {
        var response = await Api.Anonymous().PostAsJsonAsync(Url(DemoData.TalentId), new ConferHonourRequestBuilder().Build(), Cancel);

        await AssertProblem(response, HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }

    [Fact]
    public async Task ConferHonour_WhenFieldsAreMissing_Returns400NamingEachField()
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.PostAsJsonAsync(Url(DemoData.TalentId), new { }, Cancel);

        var errors = (await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed")).GetProperty("errors");
        foreach (var field in (string[])["kind", "year", "conferringBody"])
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field} missing from {errors}");
        }
    }

    [Theory]
    [InlineData("kind", "\"nobel-prize\"")]
    [InlineData("kind", "1")]
    [InlineData("year", "\"2025\"")]
    [InlineData("year", "2025.5")]
    [InlineData("year", "99999999999")]
    [InlineData("publicationConsented", "\"yes\"")]
    [InlineData("coach", "[\"黄师傅\"]")]
    public async Task ConferHonour_WhenJsonHasWrongTypes_Returns400NamingTheField(string field, string json)
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.PostAsync(Url(DemoData.TalentId), RequestBodies.With(new ConferHonourRequestBuilder().Build(), field, json), Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "request.malformed");
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    public static TheoryData<string, string> OutOfShapeValues => new()
    {
        { "year", "1999" },
        { "year", (DateTime.UtcNow.Year + 2).ToString(System.Globalization.CultureInfo.InvariantCulture) },
        { "year", "-2025" },
        { "conferringBody", "\"\"" },
        { "conferringBody", RequestBodies.StringOfLength(129) },
        { "conferringBody", "\"珠海\\n市\"" },
        { "competitionEvent", RequestBodies.StringOfLength(129) },
        { "competitionRank", RequestBodies.StringOfLength(33) },
        { "coach", RequestBodies.StringOfLength(65) },
    };

    [Theory]
    [MemberData(nameof(OutOfShapeValues))]
    public async Task ConferHonour_WhenAValueIsOutOfShape_Returns400NamingTheField(string field, string json)
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.PostAsync(Url(DemoData.TalentId), RequestBodies.With(new ConferHonourRequestBuilder().Build(), field, json), Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task ConferHonour_WhenTheTalentIsUnknown_Returns404()
    {
        var city = await Api.SignedInAs("CityAdmin");

        await AssertProblem(await city.PostAsJsonAsync(Url(Guid.NewGuid()), new ConferHonourRequestBuilder().Build(), Cancel), HttpStatusCode.NotFound, "talent.not_found");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ConferHonourTestsOnSqlite(SqliteApiFactory api) : ConferHonourTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class ConferHonourTestsOnPostgreSql(PostgreSqlApiFactory api) : ConferHonourTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class ConferHonourTestsOnSqlServer(SqlServerApiFactory api) : ConferHonourTests(api);
