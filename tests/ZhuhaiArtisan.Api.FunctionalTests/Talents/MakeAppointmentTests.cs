using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ZhuhaiArtisan.Api.FunctionalTests.Builders;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Talents;

/// <summary>特级技师 and 首席技师 appointments at the caller's tier (三级首席技师制度).</summary>
public abstract class MakeAppointmentTests(ApiFactory api) : FunctionalTest(api)
{
    private static string Url(Guid talentId) => $"/api/v1/talents/{talentId}/appointments";

    [Fact]
    public async Task MakeAppointment_WhenTheCityAppoints_Returns201AtCityTierAndRaisesTheLevel()
    {
        var city = await Api.SignedInAs("CityAdmin");
        var request = new MakeAppointmentRequestBuilder().To("principal-technician").For(new DateOnly(2025, 3, 1));

        var response = await city.PostAsJsonAsync(Url(DemoData.TalentId), request.Build(), Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/v1/talents/{DemoData.TalentId}/skills", response.Headers.Location?.OriginalString);
        var appointment = await ReadJson(response);
        Assert.True(Guid.TryParse(appointment.GetProperty("id").GetString(), out _));
        Assert.Equal(DemoData.TalentId.ToString(), appointment.GetProperty("talentId").GetString());
        Assert.Equal("principal-technician", appointment.GetProperty("skillLevel").GetString());
        Assert.Equal("6-18-02-04", appointment.GetProperty("occupationCode").GetString());
        Assert.Equal("city", appointment.GetProperty("tier").GetString());
        Assert.Equal("珠海市人力资源和社会保障局", appointment.GetProperty("appointingBody").GetString());
        Assert.Equal(JsonValueKind.Null, appointment.GetProperty("districtCode").ValueKind);
        Assert.Equal(JsonValueKind.Null, appointment.GetProperty("enterpriseId").ValueKind);
        Assert.Equal("2025-03-01", appointment.GetProperty("from").GetString());
        Assert.Equal(JsonValueKind.Null, appointment.GetProperty("until").ValueKind);

        var skills = await ReadJson(await city.GetAsync(response.Headers.Location, Cancel));
        Assert.Equal(appointment.GetProperty("id").GetString(), Assert.Single(skills.GetProperty("appointments").EnumerateArray()).GetProperty("id").GetString());
        var level = Assert.Single(skills.GetProperty("levels").EnumerateArray());
        Assert.Equal("principal-technician", level.GetProperty("skillLevel").GetString());
        Assert.Equal("appointment", level.GetProperty("reachedBy").GetString());
        Assert.True(level.GetProperty("isHighSkill").GetBoolean());
    }

    [Fact]
    public async Task MakeAppointment_WhenADistrictAppointsSomeoneLivingInIt_Returns201AtDistrictTier()
    {
        var district = await Api.SignedInAs("DistrictAdmin");

        var response = await district.PostAsJsonAsync(Url(DemoData.TalentId), new MakeAppointmentRequestBuilder().To("chief-technician").AppointedBy("香洲区人力资源和社会保障局").Build(), Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var appointment = await ReadJson(response);
        Assert.Equal("district", appointment.GetProperty("tier").GetString());
        Assert.Equal(DemoData.DistrictCode, appointment.GetProperty("districtCode").GetString());
        Assert.Equal(JsonValueKind.Null, appointment.GetProperty("enterpriseId").ValueKind);
        var skills = await ReadJson(await district.GetAsync(response.Headers.Location, Cancel));
        Assert.Equal("chief-technician", Assert.Single(skills.GetProperty("levels").EnumerateArray()).GetProperty("skillLevel").GetString());
    }

    [Fact]
    public async Task MakeAppointment_WhenAnEnterpriseAppointsItsEmployee_Returns201AtEnterpriseTierAndAuditsIt()
    {
        var enterprise = await Api.SignedInAs("Enterprise");

        var response = await enterprise.PostAsJsonAsync(Url(DemoData.EmployeeTalentId), new MakeAppointmentRequestBuilder().InOccupation("6-17-08-01").AppointedBy("珠海示范智造有限公司").Build(), Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var appointment = await ReadJson(response);
        Assert.Equal("enterprise", appointment.GetProperty("tier").GetString());
        Assert.Equal(DemoData.EnterpriseId.ToString(), appointment.GetProperty("enterpriseId").GetString());
        Assert.Equal(JsonValueKind.Null, appointment.GetProperty("districtCode").ValueKind);
        var levels = (await ReadJson(await enterprise.GetAsync(response.Headers.Location, Cancel))).GetProperty("levels").EnumerateArray()
            .ToDictionary(l => l.GetProperty("occupationCode").GetString()!, l => l.GetProperty("skillLevel").GetString());
        Assert.Equal(new Dictionary<string, string?> { ["6-17-08-01"] = "principal-technician", ["6-18-02-04"] = "chief-technician" }, levels);

        var city = await Api.SignedInAs("CityAdmin");
        var audit = await ReadJson(await city.GetAsync($"/api/v1/audit-entries?action=MakeAppointment&entityId={appointment.GetProperty("id").GetString()}", Cancel));
        var entry = Assert.Single(audit.GetProperty("items").EnumerateArray());
        Assert.Equal("Appointment", entry.GetProperty("entityType").GetString());
        Assert.Equal("enterprise-user", entry.GetProperty("actor").GetString());
        Assert.Equal("principal-technician", entry.GetProperty("after").GetProperty("skillLevelCode").GetString());
    }

    [Fact]
    public async Task MakeAppointment_WhenTheAppointmentHasEnded_LeavesTheLevelToTheCertificates()
    {
        var city = await Api.SignedInAs("CityAdmin");
        var request = new MakeAppointmentRequestBuilder().For(new DateOnly(2020, 1, 1), new DateOnly(2022, 12, 31));

        var response = await city.PostAsJsonAsync(Url(DemoData.TalentId), request.Build(), Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("2022-12-31", (await ReadJson(response)).GetProperty("until").GetString());
        var skills = await ReadJson(await city.GetAsync(response.Headers.Location, Cancel));
        Assert.Single(skills.GetProperty("appointments").EnumerateArray());
        var level = Assert.Single(skills.GetProperty("levels").EnumerateArray());
        Assert.Equal("junior", level.GetProperty("skillLevel").GetString());
        Assert.Equal("certificate", level.GetProperty("reachedBy").GetString());
    }

    [Fact]
    public async Task MakeAppointment_WhenItStartsInTheFuture_DoesNotRaiseTheLevelYet()
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.PostAsJsonAsync(Url(DemoData.TalentId), new MakeAppointmentRequestBuilder().For(ChinaCalendar.Today().AddDays(30)).Build(), Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var skills = await ReadJson(await city.GetAsync(response.Headers.Location, Cancel));
        Assert.Equal("junior", Assert.Single(skills.GetProperty("levels").EnumerateArray()).GetProperty("skillLevel").GetString());
    }

    [Theory]
    [InlineData("apprentice")]
    [InlineData("senior")]
    [InlineData("technician")]
    [InlineData("senior-technician")]
    public async Task MakeAppointment_WhenTheLevelIsReachedByCertificate_Returns409WithCodeAppointmentLevelByCertificate(string level)
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.PostAsJsonAsync(Url(DemoData.TalentId), new MakeAppointmentRequestBuilder().To(level).Build(), Cancel);

        await AssertProblem(response, HttpStatusCode.Conflict, "appointment.level_by_certificate");
        var skills = await ReadJson(await city.GetAsync($"/api/v1/talents/{DemoData.TalentId}/skills", Cancel));
        Assert.Equal(0, skills.GetProperty("appointments").GetArrayLength());
    }

    [Fact]
    public async Task MakeAppointment_WhenItEndsBeforeItStarts_Returns409WithCodeAppointmentPeriodInvalid()
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.PostAsJsonAsync(Url(DemoData.TalentId), new MakeAppointmentRequestBuilder().For(new DateOnly(2025, 3, 1), new DateOnly(2025, 2, 28)).Build(), Cancel);

        await AssertProblem(response, HttpStatusCode.Conflict, "appointment.period_invalid");
    }

    [Fact]
    public async Task MakeAppointment_WhenItEndsTheDayItStarts_Returns201()
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.PostAsJsonAsync(Url(DemoData.TalentId), new MakeAppointmentRequestBuilder().For(new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 1)).Build(), Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task MakeAppointment_WhenADistrictAppointsSomeoneLivingInAnotherDistrict_Returns404LikeAMissingTalent()
    {
        var district = await Api.SignedInAs("DistrictAdmin");

        var elsewhere = await district.PostAsJsonAsync(Url(DemoData.EmployeeTalentId), new MakeAppointmentRequestBuilder().Build(), Cancel);
        var missing = await district.PostAsJsonAsync(Url(Guid.NewGuid()), new MakeAppointmentRequestBuilder().Build(), Cancel);

        var problem = await AssertProblem(elsewhere, HttpStatusCode.NotFound, "talent.not_found");
        await AssertProblem(missing, HttpStatusCode.NotFound, "talent.not_found");
        Assert.DoesNotContain("陈建国", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MakeAppointment_WhenTheDistrictOfTheTalentAppoints_Returns201ForItsOwnDistrict()
    {
        var jinwan = await Api.SignedInAs("DistrictAdmin", new { subject = "jinwan-admin", district = "440404" });

        var response = await jinwan.PostAsJsonAsync(Url(DemoData.EmployeeTalentId), new MakeAppointmentRequestBuilder().AppointedBy("金湾区人力资源和社会保障局").Build(), Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("440404", (await ReadJson(response)).GetProperty("districtCode").GetString());
    }

    [Fact]
    public async Task MakeAppointment_WhenAnEnterpriseAppointsAnotherEnterprisesEmployee_Returns404LikeAMissingTalent()
    {
        var enterprise = await Api.SignedInAs("Enterprise");

        var response = await enterprise.PostAsJsonAsync(Url(DemoData.ForeignTalentId), new MakeAppointmentRequestBuilder().Build(), Cancel);

        await AssertProblem(response, HttpStatusCode.NotFound, "talent.not_found");
        var city = await Api.SignedInAs("CityAdmin");
        var skills = await ReadJson(await city.GetAsync($"/api/v1/talents/{DemoData.ForeignTalentId}/skills", Cancel));
        Assert.Equal(0, skills.GetProperty("appointments").GetArrayLength());
    }

    [Theory]
    [InlineData("Institution")]
    [InlineData("Talent")]
    public async Task MakeAppointment_WhenTheCallerDoesNotAppoint_Returns403(string role)
    {
        var caller = await Api.SignedInAs(role);

        var response = await caller.PostAsJsonAsync(Url(DemoData.TalentId), new MakeAppointmentRequestBuilder().Build(), Cancel);

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Fact]
    public async Task MakeAppointment_WhenAPartnerCalls_Returns403()
    {
        var response = await Api.WithApiKey(DemoData.PartnerApiKey).PostAsJsonAsync(Url(DemoData.TalentId), new MakeAppointmentRequestBuilder().Build(), Cancel);

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Fact]
    public async Task MakeAppointment_WhenAnonymous_Returns401()
    {
        var response = await Api.Anonymous().PostAsJsonAsync(Url(DemoData.TalentId), new MakeAppointmentRequestBuilder().Build(), Cancel);

        await AssertProblem(response, HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }

    [Fact]
    public async Task MakeAppointment_WhenTheTalentIsUnknown_Returns404()
    {
        var city = await Api.SignedInAs("CityAdmin");

        await AssertProblem(await city.PostAsJsonAsync(Url(Guid.NewGuid()), new MakeAppointmentRequestBuilder().Build(), Cancel), HttpStatusCode.NotFound, "talent.not_found");
    }

    [Fact]
    public async Task MakeAppointment_WhenFieldsAreMissing_Returns400NamingEachField()
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.PostAsJsonAsync(Url(DemoData.TalentId), new { }, Cancel);

        var errors = (await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed")).GetProperty("errors");
        foreach (var field in (string[])["skillLevel", "occupationCode", "appointingBody", "from"])
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field} missing from {errors}");
        }
    }

    [Theory]
    [InlineData("from", "\"yesterday\"")]
    [InlineData("from", "20250301")]
    [InlineData("until", "\"2025-02-30\"")]
    [InlineData("skillLevel", "7")]
    [InlineData("appointingBody", "true")]
    public async Task MakeAppointment_WhenJsonHasWrongTypes_Returns400NamingTheField(string field, string json)
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.PostAsync(Url(DemoData.TalentId), RequestBodies.With(new MakeAppointmentRequestBuilder().Build(), field, json), Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "request.malformed");
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    public static TheoryData<string, string> OutOfShapeValues => new()
    {
        { "skillLevel", "\"grandmaster\"" },
        { "skillLevel", "\"\"" },
        { "occupationCode", "\"6-18-02\"" },
        { "occupationCode", "\"焊工\"" },
        { "appointingBody", "\" \"" },
        { "appointingBody", RequestBodies.StringOfLength(129) },
        { "appointingBody", "\"珠海\\u0007市\"" },
    };

    [Theory]
    [MemberData(nameof(OutOfShapeValues))]
    public async Task MakeAppointment_WhenAValueIsOutOfShape_Returns400NamingTheField(string field, string json)
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.PostAsync(Url(DemoData.TalentId), RequestBodies.With(new MakeAppointmentRequestBuilder().Build(), field, json), Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task MakeAppointment_WhenTheOccupationIsUnknown_Returns400NamingOccupationCode()
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.PostAsJsonAsync(Url(DemoData.TalentId), new MakeAppointmentRequestBuilder().InOccupation("6-99-99-99").Build(), Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("occupationCode", out _), problem.ToString());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MakeAppointmentTestsOnSqlite(SqliteApiFactory api) : MakeAppointmentTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class MakeAppointmentTestsOnPostgreSql(PostgreSqlApiFactory api) : MakeAppointmentTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class MakeAppointmentTestsOnSqlServer(SqlServerApiFactory api) : MakeAppointmentTests(api);
