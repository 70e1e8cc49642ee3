using System.Net;
using System.Net.Http.Json;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Talents;

/// <summary>The person's own rights: read everything, correct it, give or withdraw consent.</summary>
public abstract class MyTalentDataTests(ApiFactory api) : FunctionalTest(api)
{
    private const string Me = "/api/v1/talents/me";

    [Fact]
    public async Task GetMyTalentData_ReturnsEverythingUnmasked_WithProvenance_AndAuditsTheRead()
    {
        var person = await Api.SignedInAs("Talent");

        var response = await person.GetAsync(Me, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var me = await ReadJson(response);
        Assert.Equal(DemoData.TalentIdentityNumber, me.GetProperty("identityNumber").GetString());
        Assert.Equal("13800138001", me.GetProperty("phone").GetString());
        Assert.Equal("consent", me.GetProperty("recordedBy").GetProperty("legalBasis").GetString());
        Assert.Equal(["6-18-02-04"], me.GetProperty("wishes").GetProperty("occupationCodes").EnumerateArray().Select(c => c.GetString()));

        var city = await Api.SignedInAs("CityAdmin");
        var audit = await ReadJson(await city.GetAsync($"/api/v1/audit-entries?action=GetMyTalentData&entityId={DemoData.TalentId}", Cancel));
        Assert.Equal("talent-user", Assert.Single(audit.GetProperty("items").EnumerateArray()).GetProperty("actor").GetString());
    }

    [Fact]
    public async Task GetMyTalentData_IncludesTheCertificatesAppointmentsAndHonoursRecordedOnThePerson()
    {
        var person = await Api.SignedInAs("Talent", new { subject = "employee-talent", talent = DemoData.EmployeeTalentId.ToString() });

        var me = await ReadJson(await person.GetAsync(Me, Cancel));

        var skills = me.GetProperty("skills");
        Assert.Equal(2, skills.GetProperty("certificates").GetArrayLength());
        Assert.Single(skills.GetProperty("appointments").EnumerateArray());
        Assert.Equal(2, skills.GetProperty("honours").GetArrayLength());
        Assert.Contains(skills.GetProperty("certificates").EnumerateArray(), c => c.GetProperty("certificateNumber").GetString() == DemoData.CertificateNumber);
        Assert.DoesNotContain('*', me.GetProperty("identityNumber").GetString()!);
        Assert.False(me.GetProperty("personalInformationMasked").GetBoolean());
    }

    [Fact]
    public async Task GetMyTalentData_FindsTheRecordBySignInSubject_WhenTheTokenHasNoTalentClaim()
    {
        var person = await Api.SignedInAs("Talent", new { talent = "" });

        var me = await ReadJson(await person.GetAsync(Me, Cancel));

        Assert.Equal(DemoData.TalentId.ToString(), me.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("Talent", "nobody-yet")]
    [InlineData("Enterprise", "enterprise-user")]
    public async Task GetMyTalentData_WhenTheCallerHasNoRecord_Returns404(string role, string subject)
    {
        var caller = await Api.SignedInAs(role, new { subject, talent = "" });

        await AssertProblem(await caller.GetAsync(Me, Cancel), HttpStatusCode.NotFound, "talent.not_found");
    }

    [Fact]
    public async Task CorrectMyTalentData_WithTheCurrentETag_ChangesTheRecord_AndAuditsItMasked()
    {
        var person = await Api.SignedInAs("Talent");
        var etag = (await person.GetAsync(Me, Cancel)).Headers.ETag!.Tag;

        var response = await Put(person, Me, Correction("林晓峰", "13511112222"), etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(etag, response.Headers.ETag?.Tag);
        var corrected = await ReadJson(response);
        Assert.Equal("135****2222", corrected.GetProperty("phone").GetString());
        Assert.Equal("440404", corrected.GetProperty("residenceDistrictCode").GetString());
        Assert.Equal("13511112222", (await ReadJson(await person.GetAsync(Me, Cancel))).GetProperty("phone").GetString());

        var city = await Api.SignedInAs("CityAdmin");
        var audit = await (await city.GetAsync($"/api/v1/audit-entries?action=CorrectMyTalentData", Cancel)).Content.ReadAsStringAsync(Cancel);
        Assert.Contains("135****2222", audit, StringComparison.Ordinal);
        Assert.DoesNotContain("13511112222", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorrectMyTalentData_WhenThePhoneIsUnchanged_DoesNotAuditAPhoneChange()
    {
        var person = await Api.SignedInAs("Talent");
        var etag = (await person.GetAsync(Me, Cancel)).Headers.ETag!.Tag;

        await Put(person, Me, Correction("林晓锋", "13800138001"), etag);

        var city = await Api.SignedInAs("CityAdmin");
        var entry = (await ReadJson(await city.GetAsync($"/api/v1/audit-entries?action=CorrectMyTalentData", Cancel))).GetProperty("items")[0];
        Assert.False(entry.GetProperty("after").TryGetProperty("phone.masked", out _));
        Assert.True(entry.GetProperty("after").TryGetProperty("name", out _));
    }

    [Fact]
    public async Task CorrectMyTalentData_WhenTheETagIsStale_Returns412_AndWhenMissing428()
    {
        var person = await Api.SignedInAs("Talent");

        await AssertProblem(await Put(person, Me, Correction("林晓峰", "13511112222"), "\"99\""), HttpStatusCode.PreconditionFailed, "concurrency.stale_version");
        await AssertProblem(await Put(person, Me, Correction("林晓峰", "13511112222"), null), HttpStatusCode.PreconditionRequired, "concurrency.if_match_required");
    }

    [Fact]
    public async Task CorrectMyTalentData_WhenFieldsAreWrong_Returns400NamingEach()
    {
        var person = await Api.SignedInAs("Talent");

        var response = await Put(person, Me, new { name = "林2", phone = "12345", residenceDistrictCode = "" }, "\"1\"");

        var errors = (await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed")).GetProperty("errors");
        foreach (var field in (string[])["name", "phone", "residenceDistrictCode", "origin"])
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field} missing from {errors}");
        }
    }

    [Fact]
    public async Task ChangeMyMatchingConsent_Withdrawing_TakesEffectAndBumpsTheVersion()
    {
        var person = await Api.SignedInAs("Talent");
        var etag = (await person.GetAsync(Me, Cancel)).Headers.ETag!.Tag;

        var response = await Put(person, $"{Me}/matching-consent", new { consentsToMatching = false }, etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((await ReadJson(response)).GetProperty("consentsToMatching").GetBoolean());
        Assert.NotEqual(etag, response.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task ChangeMyMatchingConsent_WhenTheAnswerIsMissing_Returns400()
    {
        var person = await Api.SignedInAs("Talent");

        var response = await Put(person, $"{Me}/matching-consent", new { }, "*");

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("consentsToMatching", out _));
    }

    [Fact]
    public async Task ChangeMyMatchingConsent_WhenAPartnerCalls_Returns403()
    {
        var response = await Put(Api.WithApiKey(DemoData.PartnerApiKey), $"{Me}/matching-consent", new { consentsToMatching = true }, "*");

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }

    private static object Correction(string name, string phone) => new
    {
        name,
        phone,
        residenceDistrictCode = "440404",
        origin = "local",
        wishes = new { status = "seeking", occupationCodes = new[] { "6-18-02-04" }, districtCodes = new[] { "440404" }, monthlyWageMin = 9000 },
    };

    private static async Task<HttpResponseMessage> Put(HttpClient client, string url, object body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request, Cancel);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MyTalentDataTestsOnSqlite(SqliteApiFactory api) : MyTalentDataTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class MyTalentDataTestsOnPostgreSql(PostgreSqlApiFactory api) : MyTalentDataTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class MyTalentDataTestsOnSqlServer(SqlServerApiFactory api) : MyTalentDataTests(api);
