using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using ZhuhaiArtisan.Api.FunctionalTests.Builders;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Talents;

/// <summary>Who records which certificate by which route; duplicates; appointed levels; bad input.</summary>
public abstract class RecordSkillCertificateTests(ApiFactory api) : FunctionalTest(api)
{
    private static string Url(Guid talentId) => $"/api/v1/talents/{talentId}/skill-certificates";

    [Fact]
    public async Task RecordSkillCertificate_WhenTheCityRecordsASocialEvaluation_Returns201AndRaisesTheLevel()
    {
        var city = await Api.SignedInAs("CityAdmin");
        var request = new RecordSkillCertificateRequestBuilder().AtLevel("senior").IssuedOn(new DateOnly(2025, 5, 20));

        var response = await city.PostAsJsonAsync(Url(DemoData.TalentId), request.Build(), Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/v1/talents/{DemoData.TalentId}/skills", response.Headers.Location?.OriginalString);
        var certificate = await ReadJson(response);
        Assert.True(Guid.TryParse(certificate.GetProperty("id").GetString(), out _));
        Assert.Equal(DemoData.TalentId.ToString(), certificate.GetProperty("talentId").GetString());
        Assert.Equal("6-18-02-04", certificate.GetProperty("occupationCode").GetString());
        Assert.Equal("senior", certificate.GetProperty("skillLevel").GetString());
        Assert.Equal(request.CertificateNumber, certificate.GetProperty("certificateNumber").GetString());
        Assert.Equal("珠海市职业技能鉴定指导中心", certificate.GetProperty("issuingBody").GetString());
        Assert.Equal("2025-05-20", certificate.GetProperty("issuedOn").GetString());
        Assert.Equal("social-evaluation", certificate.GetProperty("route").GetString());
        Assert.Equal(JsonValueKind.Null, certificate.GetProperty("recognizedBy").ValueKind);

        var skills = await ReadJson(await city.GetAsync(response.Headers.Location, Cancel));
        Assert.Contains(skills.GetProperty("certificates").EnumerateArray(), c => c.GetProperty("certificateNumber").GetString() == request.CertificateNumber);
        var level = Assert.Single(skills.GetProperty("levels").EnumerateArray());
        Assert.Equal("senior", level.GetProperty("skillLevel").GetString());
        Assert.True(level.GetProperty("isHighSkill").GetBoolean());
        Assert.Equal("certificate", level.GetProperty("reachedBy").GetString());
    }

    [Fact]
    public async Task RecordSkillCertificate_WhenAKeyIndustryEnterpriseRecognisesItsEmployee_AttributesItToTheEnterpriseAndAuditsIt()
    {
        var enterprise = await Api.SignedInAs("Enterprise");
        var request = new RecordSkillCertificateRequestBuilder().SelfRecognised().AtLevel("senior-technician").IssuedBy("珠海示范智造有限公司");

        var response = await enterprise.PostAsJsonAsync(Url(DemoData.EmployeeTalentId), request.Build(), Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var certificate = await ReadJson(response);
        Assert.Equal("enterprise-self-recognition", certificate.GetProperty("route").GetString());
        Assert.Equal(DemoData.EnterpriseId.ToString(), certificate.GetProperty("recognizedBy").GetString());
        var skills = await ReadJson(await enterprise.GetAsync(response.Headers.Location, Cancel));
        Assert.Equal(3, skills.GetProperty("certificates").GetArrayLength());

        var city = await Api.SignedInAs("CityAdmin");
        var id = certificate.GetProperty("id").GetString();
        var audit = await ReadJson(await city.GetAsync($"/api/v1/audit-entries?action=RecordSkillCertificate&entityId={id}", Cancel));
        var entry = Assert.Single(audit.GetProperty("items").EnumerateArray());
        Assert.Equal("SkillCertificate", entry.GetProperty("entityType").GetString());
        Assert.Equal("enterprise-user", entry.GetProperty("actor").GetString());
        Assert.Equal("Enterprise", entry.GetProperty("actorRole").GetString());
        Assert.Equal(request.CertificateNumber, entry.GetProperty("after").GetProperty("certificateNumber").GetString());
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("before").ValueKind);
    }

    [Fact]
    public async Task RecordSkillCertificate_WhenACollegeRecordsItsStudents1PlusXCertificate_Returns201()
    {
        var college = await Api.SignedInAs("Institution");
        var request = new RecordSkillCertificateRequestBuilder().By1PlusX().InOccupation("6-17-08-01").AtLevel("senior").IssuedBy("珠海示范职业技术学院");

        var response = await college.PostAsJsonAsync(Url(DemoData.StudentTalentId), request.Build(), Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("college1-plus-x", (await ReadJson(response)).GetProperty("route").GetString());
        var level = Assert.Single((await ReadJson(await college.GetAsync(response.Headers.Location, Cancel))).GetProperty("levels").EnumerateArray());
        Assert.Equal("senior", level.GetProperty("skillLevel").GetString());
    }

    [Fact]
    public async Task RecordSkillCertificate_WhenTheLevelIsLowerThanOneHeld_KeepsTheHigherLevel()
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.PostAsJsonAsync(Url(DemoData.TalentId), new RecordSkillCertificateRequestBuilder().AtLevel("apprentice").IssuedOn(new DateOnly(2024, 1, 2)).Build(), Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var skills = await ReadJson(await city.GetAsync(response.Headers.Location, Cancel));
        Assert.Equal("junior", Assert.Single(skills.GetProperty("levels").EnumerateArray()).GetProperty("skillLevel").GetString());
        Assert.Equal(2, skills.GetProperty("certificates").GetArrayLength());
    }

    [Fact]
    public async Task RecordSkillCertificate_WhenTheNumberIsAlreadyRecorded_Returns409WithCodeCertificateDuplicateNumber()
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.PostAsJsonAsync(Url(DemoData.TalentId), new RecordSkillCertificateRequestBuilder().Numbered(DemoData.CertificateNumber).Build(), Cancel);

        await AssertProblem(response, HttpStatusCode.Conflict, "certificate.duplicate_number");
        var skills = await ReadJson(await city.GetAsync($"/api/v1/talents/{DemoData.TalentId}/skills", Cancel));
        Assert.Equal(1, skills.GetProperty("certificates").GetArrayLength());
    }

    [Fact]
    public async Task RecordSkillCertificate_WhenTheNumberDiffersOnlyInLetterCase_Returns409WithCodeCertificateDuplicateNumber()
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.PostAsJsonAsync(Url(DemoData.TalentId), new RecordSkillCertificateRequestBuilder().Numbered(DemoData.CertificateNumber.ToLowerInvariant()).Build(), Cancel);

        await AssertProblem(response, HttpStatusCode.Conflict, "certificate.duplicate_number");
    }

    [Theory]
    [InlineData("principal-technician")]
    [InlineData("chief-technician")]
    public async Task RecordSkillCertificate_WhenTheLevelIsFilledByAppointment_Returns409WithCodeCertificateLevelByAppointment(string level)
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.PostAsJsonAsync(Url(DemoData.TalentId), new RecordSkillCertificateRequestBuilder().AtLevel(level).Build(), Cancel);

        await AssertProblem(response, HttpStatusCode.Conflict, "certificate.level_by_appointment");
    }

    [Theory]
    [InlineData("CityAdmin", "enterprise-self-recognition")]
    [InlineData("Enterprise", "social-evaluation")]
    [InlineData("Enterprise", "college1-plus-x")]
    [InlineData("Institution", "social-evaluation")]
    [InlineData("Institution", "enterprise-self-recognition")]
    [InlineData("DistrictAdmin", "social-evaluation")]
    [InlineData("Talent", "social-evaluation")]
    public async Task RecordSkillCertificate_WhenTheCallerMayNotUseThatRoute_Returns403(string role, string route)
    {
        var caller = await Api.SignedInAs(role);
        var talent = role switch
        {
            "Enterprise" => DemoData.EmployeeTalentId,
            "Institution" => DemoData.StudentTalentId,
            _ => DemoData.TalentId,
        };

        var response = await caller.PostAsJsonAsync(Url(talent), new RecordSkillCertificateRequestBuilder().ByRoute(route).Build(), Cancel);

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Fact]
    public async Task RecordSkillCertificate_WhenAnUnlabelledEnterpriseRecognisesItsEmployee_Returns403()
    {
        var (enterprise, employee) = await AnEnterpriseWithAnEmployee();

        var response = await enterprise.PostAsJsonAsync(Url(employee), new RecordSkillCertificateRequestBuilder().SelfRecognised().Build(), Cancel);

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
        var skills = await ReadJson(await enterprise.GetAsync($"/api/v1/talents/{employee}/skills", Cancel));
        Assert.Equal(0, skills.GetProperty("certificates").GetArrayLength());
    }

    [Theory]
    [InlineData(false, false, true, HttpStatusCode.Forbidden)]
    [InlineData(true, false, false, HttpStatusCode.Created)]
    [InlineData(false, true, false, HttpStatusCode.Created)]
    public async Task RecordSkillCertificate_SelfRecognitionFollowsTheKeyIndustryLabelsTheCitySets(
        bool keyIndustryEnterprise, bool keyIndustryInnovationEmployer, bool industryEducationIntegration, HttpStatusCode expected)
    {
        var (enterprise, employee, organizationId) = await AnEnterpriseWithAnEmployeeAndItsId();
        await Label(organizationId, keyIndustryEnterprise, keyIndustryInnovationEmployer, industryEducationIntegration);

        var response = await enterprise.PostAsJsonAsync(Url(employee), new RecordSkillCertificateRequestBuilder().SelfRecognised().Build(), Cancel);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Created)
        {
            Assert.Equal(organizationId.ToString(), (await ReadJson(response)).GetProperty("recognizedBy").GetString());
        }
    }

    [Fact]
    public async Task RecordSkillCertificate_WhenAnEnterpriseRecognisesAnotherEnterprisesEmployee_Returns404LikeAMissingTalent()
    {
        var enterprise = await Api.SignedInAs("Enterprise");
        var request = new RecordSkillCertificateRequestBuilder().SelfRecognised();

        var hidden = await enterprise.PostAsJsonAsync(Url(DemoData.ForeignTalentId), request.Build(), Cancel);
        var missing = await enterprise.PostAsJsonAsync(Url(Guid.NewGuid()), request.Build(), Cancel);

        var problem = await AssertProblem(hidden, HttpStatusCode.NotFound, "talent.not_found");
        await AssertProblem(missing, HttpStatusCode.NotFound, "talent.not_found");
        Assert.DoesNotContain("Maria", problem.ToString(), StringComparison.Ordinal);
        var city = await Api.SignedInAs("CityAdmin");
        var skills = await ReadJson(await city.GetAsync($"/api/v1/talents/{DemoData.ForeignTalentId}/skills", Cancel));
        Assert.Equal(0, skills.GetProperty("certificates").GetArrayLength());
    }

    [Fact]
    public async Task RecordSkillCertificate_WhenACollegeRecordsForSomeoneWhoIsNotItsStudent_Returns404()
    {
        var college = await Api.SignedInAs("Institution");

        var response = await college.PostAsJsonAsync(Url(DemoData.EmployeeTalentId), new RecordSkillCertificateRequestBuilder().By1PlusX().Build(), Cancel);

        await AssertProblem(response, HttpStatusCode.NotFound, "talent.not_found");
    }

    [Fact]
    public async Task RecordSkillCertificate_WhenTheTalentIsUnknown_Returns404()
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.PostAsJsonAsync(Url(Guid.NewGuid()), new RecordSkillCertificateRequestBuilder().Build(), Cancel);

        await AssertProblem(response, HttpStatusCode.NotFound, "talent.not_found");
    }

    [Fact]
    public async Task RecordSkillCertificate_WhenAPartnerCalls_Returns403()
    {
        var response = await Api.WithApiKey(DemoData.PartnerApiKey).PostAsJsonAsync(Url(DemoData.TalentId), new RecordSkillCertificateRequestBuilder().Build(), Cancel);

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Fact]
    public async Task RecordSkillCertificate_WhenAnonymous_Returns401()
    {
        var response = await Api.Anonymous().PostAsJsonAsync(Url(DemoData.TalentId), new RecordSkillCertificateRequestBuilder().Build(), Cancel);

        await AssertProblem(response, HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }

    [Fact]
    public async Task RecordSkillCertificate_WhenFieldsAreMissing_Returns400NamingEachField()
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.PostAsJsonAsync(Url(DemoData.TalentId), new { }, Cancel);

        var errors = (await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed")).GetProperty("errors");
        foreach (var field in (string[])["occupationCode", "skillLevel", "certificateNumber", "issuingBody", "issuedOn", "route"])
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field} missing from {errors}");
        }
    }

    [Theory]
    [InlineData("issuedOn", "20250630")]
    [InlineData("issuedOn", "\"2025-13-01\"")]
    [InlineData("issuedOn", "\"30/06/2025\"")]
    [InlineData("route", "\"bribery\"")]
    [InlineData("route", "0")]
    [InlineData("certificateNumber", "12345678")]
    [InlineData("skillLevel", "[\"senior\"]")]
    [InlineData("occupationCode", "{\"code\": \"6-18-02-04\"}")]
    public async Task RecordSkillCertificate_WhenJsonHasWrongTypes_Returns400NamingTheField(string field, string json)
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.PostAsync(Url(DemoData.TalentId), RequestBodies.With(new RecordSkillCertificateRequestBuilder().Build(), field, json), Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "request.malformed");
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task RecordSkillCertificate_WhenAStringHasALoneSurrogate_Returns400NamingTheField()
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.PostAsync(Url(DemoData.TalentId), RequestBodies.With(new RecordSkillCertificateRequestBuilder().Build(), "issuingBody", "\"鉴定\\ud800中心\""), Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "request.malformed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("issuingBody", out _), problem.ToString());
    }

    [Fact]
    public async Task RecordSkillCertificate_WhenTheBodyIsNotJson_Returns400()
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.PostAsync(Url(DemoData.TalentId), RequestBodies.Json("{\"occupationCode\": "), Cancel);

        await AssertProblem(response, HttpStatusCode.BadRequest, "request.malformed");
    }

    public static TheoryData<string, string> OutOfShapeValues => new()
    {
        { "occupationCode", "\"6-18-2-4\"" },
        { "occupationCode", "\"618024\"" },
        { "occupationCode", "\"9-18-02-04\"" },
        { "occupationCode", "\"6-18-02-04 \"" },
        { "skillLevel", "\"grandmaster\"" },
        { "skillLevel", "\"Senior\"" },
        { "certificateNumber", "\"\"" },
        { "certificateNumber", "\"E4404 0020240003\"" },
        { "certificateNumber", "\"证书4404002024\"" },
        { "certificateNumber", RequestBodies.StringOfLength(33, '7') },
        { "issuingBody", "\"   \"" },
        { "issuingBody", RequestBodies.StringOfLength(129) },
        { "issuingBody", "\"鉴定\\u0000中心\"" },
        { "issuedOn", "\"1989-12-31\"" },
    };

    [Theory]
    [MemberData(nameof(OutOfShapeValues))]
    public async Task RecordSkillCertificate_WhenAValueIsOutOfShape_Returns400NamingTheField(string field, string json)
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.PostAsync(Url(DemoData.TalentId), RequestBodies.With(new RecordSkillCertificateRequestBuilder().Build(), field, json), Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task RecordSkillCertificate_WhenStringsAreAtTheirLimits_Returns201()
    {
        var city = await Api.SignedInAs("CityAdmin");
        var number = CertificateNumbers.Next().PadRight(32, '9');

        var response = await city.PostAsJsonAsync(Url(DemoData.TalentId), new RecordSkillCertificateRequestBuilder().Numbered(number).IssuedBy(new string('珠', 128)).Build(), Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(number, (await ReadJson(response)).GetProperty("certificateNumber").GetString());
    }

    [Fact]
    public async Task RecordSkillCertificate_WhenTheOccupationIsUnknown_Returns400NamingOccupationCode()
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.PostAsJsonAsync(Url(DemoData.TalentId), new RecordSkillCertificateRequestBuilder().InOccupation("6-99-99-99").Build(), Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("occupationCode", out _), problem.ToString());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(400)]
    public async Task RecordSkillCertificate_WhenIssuedInTheFuture_Returns400NamingIssuedOn(int daysAhead)
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.PostAsJsonAsync(Url(DemoData.TalentId), new RecordSkillCertificateRequestBuilder().IssuedOn(ChinaCalendar.Today().AddDays(daysAhead)).Build(), Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("issuedOn", out _), problem.ToString());
    }

    [Fact]
    public async Task RecordSkillCertificate_WhenIssuedTomorrowInZhuhaiDuringItsMorning_Returns400NamingIssuedOn()
    {
        // 02:00 UTC is 10:00 in Zhuhai: both calendars show the same date, so "tomorrow" is tomorrow in both.
        var clock = new TimeOfDayClock(TimeSpan.FromHours(2));
        await using var morning = Api.WithWebHostBuilder(host =>
        {
            host.UseSetting("Auth:DevTokenLifetime", "2.00:00:00");
            host.ConfigureServices(services => services.AddSingleton<TimeProvider>(clock));
        });
        using var city = morning.CreateClient();
        var token = await (await city.PostAsJsonAsync("/dev/tokens", new { role = "CityAdmin" }, Cancel)).Content.ReadFromJsonAsync<JsonElement>(Cancel);
        city.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        var today = clock.TodayInChina();

        var tomorrow = await city.PostAsJsonAsync(Url(DemoData.TalentId), new RecordSkillCertificateRequestBuilder().IssuedOn(today.AddDays(1)).Build(), Cancel);
        var sameDay = await city.PostAsJsonAsync(Url(DemoData.TalentId), new RecordSkillCertificateRequestBuilder().IssuedOn(today).Build(), Cancel);

        var problem = await AssertProblem(tomorrow, HttpStatusCode.BadRequest, "validation.failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("issuedOn", out _), problem.ToString());
        Assert.Equal(HttpStatusCode.Created, sameDay.StatusCode);
    }

    private async Task<(HttpClient Enterprise, Guid Employee)> AnEnterpriseWithAnEmployee()
    {
        var (enterprise, employee, _) = await AnEnterpriseWithAnEmployeeAndItsId();
        return (enterprise, employee);
    }

    /// <summary>A newly registered enterprise without labels, signed in, and an employee it registered.</summary>
    private async Task<(HttpClient Enterprise, Guid Employee, Guid OrganizationId)> AnEnterpriseWithAnEmployeeAndItsId()
    {
        var city = await Api.SignedInAs("CityAdmin");
        var registered = await city.PostAsJsonAsync("/api/v1/organizations", new RegisterOrganizationRequestBuilder().WithName("珠海普通五金有限公司").Build(), Cancel);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var organizationId = Guid.Parse((await ReadJson(registered)).GetProperty("id").GetString()!);
        var enterprise = await Api.SignedInAs("Enterprise", new { subject = $"hr-{organizationId:N}", org = organizationId.ToString() });
        var employee = await enterprise.PostAsJsonAsync("/api/v1/talents", new RegisterTalentRequestBuilder().Named("周志强").Build(), Cancel);
        Assert.Equal(HttpStatusCode.Created, employee.StatusCode);
        return (enterprise, Guid.Parse((await ReadJson(employee)).GetProperty("id").GetString()!), organizationId);
    }

    private async Task Label(Guid organizationId, bool keyIndustryEnterprise, bool keyIndustryInnovationEmployer, bool industryEducationIntegration)
    {
        var city = await Api.SignedInAs("CityAdmin");
        var url = $"/api/v1/organizations/{organizationId}";
        var etag = (await city.GetAsync(url, Cancel)).Headers.ETag!.Tag;
        using var request = new HttpRequestMessage(HttpMethod.Put, $"{url}/labels")
        {
            Content = JsonContent.Create(new
            {
                isKeyIndustryEnterprise = keyIndustryEnterprise,
                isKeyIndustryInnovationEmployer = keyIndustryInnovationEmployer,
                isIndustryEducationIntegrationEnterprise = industryEducationIntegration,
                isPrivateInstitution = false,
            }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        Assert.Equal(HttpStatusCode.OK, (await city.SendAsync(request, Cancel)).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RecordSkillCertificateTestsOnSqlite(SqliteApiFactory api) : RecordSkillCertificateTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class RecordSkillCertificateTestsOnPostgreSql(PostgreSqlApiFactory api) : RecordSkillCertificateTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class RecordSkillCertificateTestsOnSqlServer(SqlServerApiFactory api) : RecordSkillCertificateTests(api);
