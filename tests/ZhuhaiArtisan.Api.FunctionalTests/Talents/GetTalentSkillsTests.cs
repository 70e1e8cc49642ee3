using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ZhuhaiArtisan.Api.FunctionalTests.Builders;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Talents;

/// <summary>A talent's levels and what proves them, for whoever may see the talent.</summary>
public abstract class GetTalentSkillsTests(ApiFactory api) : FunctionalTest(api)
{
    private static string Url(Guid talentId) => $"/api/v1/talents/{talentId}/skills";

    [Fact]
    public async Task GetTalentSkills_ShowsTheLevelWithTheCertificatesAppointmentsAndHonoursBehindIt()
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.GetAsync(Url(DemoData.EmployeeTalentId), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var skills = await ReadJson(response);
        Assert.Equal(DemoData.EmployeeTalentId.ToString(), skills.GetProperty("talentId").GetString());

        var level = Assert.Single(skills.GetProperty("levels").EnumerateArray());
        Assert.Equal("6-18-02-04", level.GetProperty("occupationCode").GetString());
        Assert.Equal("chief-technician", level.GetProperty("skillLevel").GetString());
        Assert.True(level.GetProperty("isHighSkill").GetBoolean());
        Assert.Equal("appointment", level.GetProperty("reachedBy").GetString());

        var certificates = skills.GetProperty("certificates").EnumerateArray().ToList();
        Assert.Equal(["Y440400201900123", DemoData.CertificateNumber], certificates.Select(c => c.GetProperty("certificateNumber").GetString()));
        Assert.Equal(["senior", "technician"], certificates.Select(c => c.GetProperty("skillLevel").GetString()));
        Assert.Equal("enterprise-self-recognition", certificates[1].GetProperty("route").GetString());
        Assert.Equal(DemoData.EnterpriseId.ToString(), certificates[1].GetProperty("recognizedBy").GetString());
        Assert.Equal("2024-09-01", certificates[1].GetProperty("issuedOn").GetString());

        var appointment = Assert.Single(skills.GetProperty("appointments").EnumerateArray());
        Assert.Equal("chief-technician", appointment.GetProperty("skillLevel").GetString());
        Assert.Equal("enterprise", appointment.GetProperty("tier").GetString());
        Assert.Equal(DemoData.EnterpriseId.ToString(), appointment.GetProperty("enterpriseId").GetString());

        var honours = skills.GetProperty("honours").EnumerateArray().ToList();
        Assert.Equal(["enterprise-craftsman", "zhuhai-craftsman"], honours.Select(h => h.GetProperty("kind").GetString()));
        Assert.Equal([2024, 2025], honours.Select(h => h.GetProperty("year").GetInt32()));
    }

    [Fact]
    public async Task GetTalentSkills_ListsALevelPerOccupationInCodeOrder()
    {
        var city = await Api.SignedInAs("CityAdmin");
        await city.PostAsJsonAsync($"/api/v1/talents/{DemoData.TalentId}/skill-certificates", new RecordSkillCertificateRequestBuilder().InOccupation("6-17-08-01").AtLevel("intermediate").Build(), Cancel);
        await city.PostAsJsonAsync($"/api/v1/talents/{DemoData.TalentId}/skill-certificates", new RecordSkillCertificateRequestBuilder().InOccupation("2-02-10-01").AtLevel("apprentice").Build(), Cancel);

        var skills = await ReadJson(await city.GetAsync(Url(DemoData.TalentId), Cancel));

        var levels = skills.GetProperty("levels").EnumerateArray().ToList();
        Assert.Equal(["2-02-10-01", "6-17-08-01", "6-18-02-04"], levels.Select(l => l.GetProperty("occupationCode").GetString()));
        Assert.Equal(["apprentice", "intermediate", "junior"], levels.Select(l => l.GetProperty("skillLevel").GetString()));
        Assert.All(levels, l => Assert.False(l.GetProperty("isHighSkill").GetBoolean()));
    }

    [Fact]
    public async Task GetTalentSkills_WhenNothingIsRecorded_ReturnsEmptyLists()
    {
        var city = await Api.SignedInAs("CityAdmin");

        var skills = await ReadJson(await city.GetAsync(Url(DemoData.HongKongTalentId), Cancel));

        foreach (var list in (string[])["levels", "certificates", "appointments", "honours"])
        {
            Assert.Equal(JsonValueKind.Array, skills.GetProperty(list).ValueKind);
            Assert.Equal(0, skills.GetProperty(list).GetArrayLength());
        }
    }

    [Theory]
    [InlineData("Enterprise", DemoTalent.Employee)]
    [InlineData("Institution", DemoTalent.Student)]
    [InlineData("DistrictAdmin", DemoTalent.Student)]
    [InlineData("Talent", DemoTalent.Self)]
    [InlineData("CityAdmin", DemoTalent.Student)]
    public async Task GetTalentSkills_WhenTheCallerMaySeeTheTalent_Returns200(string role, DemoTalent whom)
    {
        var caller = await Api.SignedInAs(role);

        var response = await caller.GetAsync(Url(Id(whom)), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Id(whom).ToString(), (await ReadJson(response)).GetProperty("talentId").GetString());
    }

    [Theory]
    [InlineData("Enterprise", DemoTalent.Student)]
    [InlineData("Institution", DemoTalent.Employee)]
    [InlineData("DistrictAdmin", DemoTalent.Employee)]
    [InlineData("Talent", DemoTalent.Employee)]
    public async Task GetTalentSkills_WhenTheCallerMayNotSeeTheTalent_Returns404LikeAMissingOne(string role, DemoTalent whom)
    {
        var caller = await Api.SignedInAs(role);

        var hidden = await caller.GetAsync(Url(Id(whom)), Cancel);
        var missing = await caller.GetAsync(Url(Guid.NewGuid()), Cancel);

        var problem = await AssertProblem(hidden, HttpStatusCode.NotFound, "talent.not_found");
        await AssertProblem(missing, HttpStatusCode.NotFound, "talent.not_found");
        Assert.DoesNotContain("certificate", problem.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task GetTalentSkills_WhenAPartnerAsks_Returns403()
    {
        var response = await Api.WithApiKey(DemoData.PartnerApiKey).GetAsync(Url(DemoData.EmployeeTalentId), Cancel);

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Fact]
    public async Task GetTalentSkills_WhenAnonymous_Returns401()
    {
        var response = await Api.Anonymous().GetAsync(Url(DemoData.EmployeeTalentId), Cancel);

        await AssertProblem(response, HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }

    public enum DemoTalent
    {
        Self,
        Employee,
        Student,
    }

    private static Guid Id(DemoTalent whom) => whom switch
    {
        DemoTalent.Employee => DemoData.EmployeeTalentId,
        DemoTalent.Student => DemoData.StudentTalentId,
        _ => DemoData.TalentId,
    };
}

[Collection(SqliteCollection.Name)]
public sealed class GetTalentSkillsTestsOnSqlite(SqliteApiFactory api) : GetTalentSkillsTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class GetTalentSkillsTestsOnPostgreSql(PostgreSqlApiFactory api) : GetTalentSkillsTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class GetTalentSkillsTestsOnSqlServer(SqlServerApiFactory api) : GetTalentSkillsTests(api);
