using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ZhuhaiArtisan.Api.FunctionalTests.Builders;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Talents;

public abstract class RegisterTalentTests(ApiFactory api) : FunctionalTest(api)
{
    private const string Url = "/api/v1/talents";

    [Fact]
    public async Task RegisterTalent_WhenAPersonRegistersThemself_Returns201Masked_WithConsentAsLegalBasis()
    {
        var person = await Api.SignedInAs("Talent", new { subject = "new-person", talent = "" });
        var request = new RegisterTalentRequestBuilder();

        var response = await person.PostAsJsonAsync(Url, request.Build(), Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var talent = await ReadJson(response);
        Assert.Equal(request.IdentityNumber[..6] + "********" + request.IdentityNumber[^4..], talent.GetProperty("identityNumber").GetString());
        Assert.Equal("138****5678", talent.GetProperty("phone").GetString());
        Assert.True(talent.GetProperty("personalInformationMasked").GetBoolean());
        Assert.Equal("consent", talent.GetProperty("recordedBy").GetProperty("legalBasis").GetString());
        Assert.Equal("new-person", talent.GetProperty("recordedBy").GetProperty("recordedBy").GetString());
        Assert.Equal($"1990-{request.IdentityNumber[10..12]}-{request.IdentityNumber[12..14]}", talent.GetProperty("birthDate").GetString());

        var mine = await ReadJson(await person.GetAsync($"{Url}/me", Cancel));
        Assert.Equal(request.IdentityNumber, mine.GetProperty("identityNumber").GetString());
        Assert.Equal("13812345678", mine.GetProperty("phone").GetString());
    }

    [Fact]
    public async Task RegisterTalent_WhenThePersonIsAlreadyRegistered_Returns409()
    {
        var person = await Api.SignedInAs("Talent");

        var response = await person.PostAsJsonAsync(Url, new RegisterTalentRequestBuilder().Build(), Cancel);

        await AssertProblem(response, HttpStatusCode.Conflict, "talent.already_registered");
    }

    [Fact]
    public async Task RegisterTalent_WhenAnEnterpriseRegistersAnEmployee_LinksItAsEmployer()
    {
        var enterprise = await Api.SignedInAs("Enterprise");

        var talent = await ReadJson(await enterprise.PostAsJsonAsync(Url, new RegisterTalentRequestBuilder().Build(), Cancel));

        Assert.Equal(DemoData.EnterpriseId.ToString(), talent.GetProperty("employerId").GetString());
        Assert.Equal("human-resources-management", talent.GetProperty("recordedBy").GetProperty("legalBasis").GetString());
        Assert.Equal(DemoData.EnterpriseId.ToString(), talent.GetProperty("recordedBy").GetProperty("recordedByOrganization").GetString());
    }

    [Fact]
    public async Task RegisterTalent_WhenAnEnterpriseNamesAnotherEmployer_Returns403()
    {
        var enterprise = await Api.SignedInAs("Enterprise");

        var response = await enterprise.PostAsJsonAsync(Url, new RegisterTalentRequestBuilder().EmployedBy(DemoData.SecondEnterpriseId).Build(), Cancel);

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Fact]
    public async Task RegisterTalent_WhenACollegeRegistersAStudent_LinksItAsSchool()
    {
        var college = await Api.SignedInAs("Institution");

        var response = await college.PostAsJsonAsync(Url, new RegisterTalentRequestBuilder().StudyingAt(DemoData.VocationalCollegeId, "工业机器人技术").Build(), Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var talent = await ReadJson(response);
        Assert.Equal(DemoData.VocationalCollegeId.ToString(), talent.GetProperty("schoolId").GetString());
        Assert.Equal("工业机器人技术", talent.GetProperty("major").GetString());
        Assert.Equal("contract-performance", talent.GetProperty("recordedBy").GetProperty("legalBasis").GetString());
    }

    [Fact]
    public async Task RegisterTalent_WhenTheCityLoadsALegacyRecord_RecordsStatutoryDuty()
    {
        var city = await Api.SignedInAs("CityAdmin");

        var talent = await ReadJson(await city.PostAsJsonAsync(Url, new RegisterTalentRequestBuilder().Build(), Cancel));

        Assert.Equal("statutory-duty", talent.GetProperty("recordedBy").GetProperty("legalBasis").GetString());
    }

    [Theory]
    [InlineData("DistrictAdmin")]
    [InlineData("Partner")]
    public async Task RegisterTalent_WhenTheCallerDoesNotRegisterTalents_Returns403(string role)
    {
        var caller = await Api.SignedInAs(role);

        var response = await caller.PostAsJsonAsync(Url, new RegisterTalentRequestBuilder().Build(), Cancel);

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Fact]
    public async Task RegisterTalent_WhenAnonymous_Returns401()
    {
        var response = await Api.Anonymous().PostAsJsonAsync(Url, new RegisterTalentRequestBuilder().Build(), Cancel);

        await AssertProblem(response, HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }

    [Theory]
    [InlineData("resident-identity-card", "440402199203150015")]
    [InlineData("resident-identity-card", "440402199203150015 ")]
    [InlineData("mainland-travel-permit-for-hong-kong-macao-residents", "H1234567801")]
    [InlineData("mainland-travel-permit-for-hong-kong-macao-residents", "h12345678")]
    public async Task RegisterTalent_WhenTheDocumentIsAlreadyRegistered_Returns409(string type, string number)
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.PostAsJsonAsync(Url, new RegisterTalentRequestBuilder().WithDocument(type, number).Build(), Cancel);

        await AssertProblem(response, HttpStatusCode.Conflict, "talent.duplicate_identity");
    }

    [Theory]
    [InlineData("hong-kong-macao-taiwan-residence-permit", "810000199501010031", "1995-01-01")]
    [InlineData("hong-kong-macao-taiwan-residence-permit", "830000199812310019", "1998-12-31")]
    [InlineData("mainland-travel-permit-for-hong-kong-macao-residents", "M8765432100", null)]
    [InlineData("foreign-permanent-resident-id-card", "USA440107120001", null)]
    [InlineData("resident-identity-card", "11010519491231002x", "1949-12-31")]
    public async Task RegisterTalent_AcceptsEachDocumentType(string type, string number, string? birthDate)
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.PostAsJsonAsync(Url, new RegisterTalentRequestBuilder().WithDocument(type, number).Build(), Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var talent = await ReadJson(response);
        Assert.Equal(type, talent.GetProperty("documentType").GetString());
        Assert.Equal(birthDate, talent.GetProperty("birthDate").ValueKind == JsonValueKind.Null ? null : talent.GetProperty("birthDate").GetString());
    }

    [Theory]
    [InlineData("resident-identity-card", "440402199203150016")]
    [InlineData("resident-identity-card", "44040219920315001")]
    [InlineData("resident-identity-card", "440402199213150015")]
    [InlineData("resident-identity-card", "810000199501010031")]
    [InlineData("hong-kong-macao-taiwan-residence-permit", "440402199203150015")]
    [InlineData("mainland-travel-permit-for-hong-kong-macao-residents", "X1234567800")]
    [InlineData("foreign-permanent-resident-id-card", "811560200608120015")]
    [InlineData("foreign-permanent-resident-id-card", "911560200608120016")]
    public async Task RegisterTalent_WhenTheNumberBreaksItsTypesRule_Returns400NamingIdentityNumber(string type, string number)
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.PostAsJsonAsync(Url, new RegisterTalentRequestBuilder().WithDocument(type, number).Build(), Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("identityNumber", out _), problem.ToString());
        Assert.DoesNotContain(number, problem.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("阿卜杜拉·买买提")]
    [InlineData("𠀾𪚥明")]
    [InlineData("Maria Schmidt")]
    public async Task RegisterTalent_KeepsNamesOfAnyScriptExactly(string name)
    {
        var city = await Api.SignedInAs("CityAdmin");

        var talent = await ReadJson(await city.PostAsJsonAsync(Url, new RegisterTalentRequestBuilder().Named(name).Build(), Cancel));

        Assert.Equal(name, talent.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("张伟2")]
    [InlineData("")]
    [InlineData(" 张伟")]
    public async Task RegisterTalent_WhenTheNameIsNotAName_Returns400(string name)
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.PostAsJsonAsync(Url, new RegisterTalentRequestBuilder().Named(name).Build(), Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("name", out _));
    }

    [Fact]
    public async Task RegisterTalent_WhenFieldsAreMissing_Returns400NamingEachField()
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.PostAsJsonAsync(Url, new { }, Cancel);

        var errors = (await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed")).GetProperty("errors");
        foreach (var field in (string[])["name", "documentType", "identityNumber", "phone", "residenceDistrictCode", "origin"])
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field} missing from {errors}");
        }
    }

    [Theory]
    [InlineData("""{"documentType": 1}""", "documentType")]
    [InlineData("""{"documentType": "passport"}""", "documentType")]
    [InlineData("""{"wishes": "seeking"}""", "wishes")]
    [InlineData("""{"wishes": {"monthlyWageMin": "lots"}}""", "wishes.monthlyWageMin")]
    [InlineData("""{"consentsToMatching": "yes"}""", "consentsToMatching")]
    public async Task RegisterTalent_WhenJsonHasWrongTypes_Returns400NamingTheField(string json, string field)
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.PostAsync(Url, new StringContent(json, Encoding.UTF8, "application/json"), Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "request.malformed");
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task RegisterTalent_WhenTheWishedMaximumWageIsBelowTheMinimum_Returns400()
    {
        var city = await Api.SignedInAs("CityAdmin");
        var request = new RegisterTalentRequestBuilder().Wishing(new { status = "seeking", monthlyWageMin = 9000, monthlyWageMax = 8000 }).Build();

        var response = await city.PostAsJsonAsync(Url, request, Cancel);

        var errors = (await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed")).GetProperty("errors");
        Assert.True(errors.TryGetProperty("wishes.monthlyWageMax", out _), errors.ToString());
    }

    [Fact]
    public async Task RegisterTalent_WhenReferencesAreUnknown_Returns400NamingEach()
    {
        var city = await Api.SignedInAs("CityAdmin");
        var request = new RegisterTalentRequestBuilder()
            .LivingIn("440499")
            .EmployedBy(Guid.NewGuid())
            .Wishing(new { status = "seeking", occupationCodes = new[] { "6-99-99-99" }, districtCodes = new[] { "440499" } })
            .Build();

        var response = await city.PostAsJsonAsync(Url, request, Cancel);

        var errors = (await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed")).GetProperty("errors");
        foreach (var field in (string[])["residenceDistrictCode", "employerId", "wishes.occupationCodes", "wishes.districtCodes"])
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field} missing from {errors}");
        }
    }

    [Fact]
    public async Task RegisterTalent_WhenWagesAreHuge_Returns400()
    {
        var city = await Api.SignedInAs("CityAdmin");
        var request = new RegisterTalentRequestBuilder().Wishing(new { status = "seeking", monthlyWageMax = 99999999999999m }).Build();

        var response = await city.PostAsJsonAsync(Url, request, Cancel);

        var errors = (await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed")).GetProperty("errors");
        Assert.True(errors.TryGetProperty("wishes.monthlyWageMax", out _), errors.ToString());
    }

    [Fact]
    public async Task RegisterTalent_WhenTheSchoolIsAnEnterprise_Returns400()
    {
        var city = await Api.SignedInAs("CityAdmin");

        var response = await city.PostAsJsonAsync(Url, new RegisterTalentRequestBuilder().StudyingAt(DemoData.EnterpriseId, "机电一体化").Build(), Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("schoolId", out _));
    }

    [Fact]
    public async Task RegisterTalent_WhenReplayedWithTheSameKey_CreatesOnce()
    {
        var city = await Api.SignedInAs("CityAdmin");
        var body = new RegisterTalentRequestBuilder().Build();
        var key = Guid.NewGuid().ToString();

        var first = await PostWithKey(city, body, key);
        var second = await PostWithKey(city, body, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(Cancel), await second.Content.ReadAsStringAsync(Cancel));
        Assert.True(second.Headers.Contains("Idempotent-Replayed"));
    }

    [Fact]
    public async Task RegisterTalent_NeverWritesTheFullNumberOrPhoneToTheAuditTrail()
    {
        var city = await Api.SignedInAs("CityAdmin");
        var request = new RegisterTalentRequestBuilder().WithPhone("13987654321");
        await city.PostAsJsonAsync(Url, request.Build(), Cancel);

        var audit = await (await city.GetAsync("/api/v1/audit-entries?entityType=Talent", Cancel)).Content.ReadAsStringAsync(Cancel);

        Assert.Contains("RegisterTalent", audit, StringComparison.Ordinal);
        Assert.DoesNotContain(request.IdentityNumber, audit, StringComparison.Ordinal);
        Assert.DoesNotContain("13987654321", audit, StringComparison.Ordinal);
        Assert.Contains("139****4321", audit, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostWithKey(HttpClient client, object body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return await client.SendAsync(request, Cancel);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RegisterTalentTestsOnSqlite(SqliteApiFactory api) : RegisterTalentTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class RegisterTalentTestsOnPostgreSql(PostgreSqlApiFactory api) : RegisterTalentTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class RegisterTalentTestsOnSqlServer(SqlServerApiFactory api) : RegisterTalentTests(api);
