using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ZhuhaiArtisan.Api.FunctionalTests.Builders;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.InformationQuery;

/// <summary>Public certificate verification: a yes with the certificate's facts, or one uniform no.</summary>
public abstract class VerifyCertificateTests(ApiFactory api) : FunctionalTest(api)
{
    private const string Url = "/api/v1/certificate-verifications";

    [Fact]
    public async Task VerifyCertificate_WhenNumberAndNameMatch_ReturnsVerifiedWithOnlyTheCertificatesFacts()
    {
        var response = await Api.Anonymous().PostAsJsonAsync(Url, new { certificateNumber = DemoData.CertificateNumber, name = "陈建国" }, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var body = await response.Content.ReadAsStringAsync(Cancel);
        var answer = JsonDocument.Parse(body).RootElement;
        Assert.Equal(["verified", "certificate"], answer.EnumerateObject().Select(p => p.Name));
        Assert.True(answer.GetProperty("verified").GetBoolean());
        var certificate = answer.GetProperty("certificate");
        Assert.Equal(
            new[] { "issuedOn", "issuingBody", "occupationCode", "occupationName", "skillLevel", "skillLevelName" },
            certificate.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("6-18-02-04", certificate.GetProperty("occupationCode").GetString());
        Assert.Equal("焊工", certificate.GetProperty("occupationName").GetString());
        Assert.Equal("technician", certificate.GetProperty("skillLevel").GetString());
        Assert.Equal("技师", certificate.GetProperty("skillLevelName").GetString());
        Assert.Equal("2024-09-01", certificate.GetProperty("issuedOn").GetString());
        Assert.Equal("珠海示范智造有限公司", certificate.GetProperty("issuingBody").GetString());
        foreach (var identityData in new[] { "陈建国", "440404", "4519", "13900139002", DemoData.EmployeeTalentId.ToString(), DemoData.EnterpriseId.ToString() })
        {
            Assert.DoesNotContain(identityData, body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task VerifyCertificate_WhenTheNumberIsUnknownOrTheNameDiffers_GivesTheSameAnswer()
    {
        var anonymous = Api.Anonymous();

        var unknownNumber = await anonymous.PostAsJsonAsync(Url, new { certificateNumber = "Y440400209999999", name = "陈建国" }, Cancel);
        var wrongName = await anonymous.PostAsJsonAsync(Url, new { certificateNumber = DemoData.CertificateNumber, name = "陈建华" }, Cancel);
        var anotherHolder = await anonymous.PostAsJsonAsync(Url, new { certificateNumber = "Y440400202200456", name = "陈建国" }, Cancel);

        Assert.Equal(HttpStatusCode.OK, unknownNumber.StatusCode);
        var unknownBody = await unknownNumber.Content.ReadAsStringAsync(Cancel);
        Assert.Equal(unknownBody, await wrongName.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(unknownBody, await anotherHolder.Content.ReadAsStringAsync(Cancel));
        foreach (var response in new[] { unknownNumber, wrongName, anotherHolder })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
            Assert.Equal(unknownNumber.Content.Headers.ContentType, response.Content.Headers.ContentType);
        }

        var answer = JsonDocument.Parse(unknownBody).RootElement;
        Assert.False(answer.GetProperty("verified").GetBoolean());
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("certificate").ValueKind);
    }

    [Theory]
    [InlineData("陈建")]
    [InlineData("陈建国国")]
    [InlineData("陳建國")]
    [InlineData("陈 建国")]
    public async Task VerifyCertificate_WhenTheNameIsNotExactlyTheHolders_IsNotVerified(string name)
    {
        var response = await Api.Anonymous().PostAsJsonAsync(Url, new { certificateNumber = DemoData.CertificateNumber, name }, Cancel);

        Assert.False((await ReadJson(response)).GetProperty("verified").GetBoolean());
    }

    [Fact]
    public async Task VerifyCertificate_WhenTypedWithSurroundingSpacesOrInLowerCase_StillVerifies()
    {
        var response = await Api.Anonymous().PostAsJsonAsync(Url, new { certificateNumber = $" {DemoData.CertificateNumber.ToLowerInvariant()} ", name = " 陈建国 " }, Cancel);

        Assert.True((await ReadJson(response)).GetProperty("verified").GetBoolean());
    }

    [Fact]
    public async Task VerifyCertificate_WhenJustRecorded_VerifiesItsHoldersNameOfAnyScript()
    {
        var city = await Api.SignedInAs("CityAdmin");
        var request = new RecordSkillCertificateRequestBuilder().AtLevel("intermediate").IssuedOn(new DateOnly(2026, 1, 15));
        Assert.Equal(HttpStatusCode.Created, (await city.PostAsJsonAsync($"/api/v1/talents/{DemoData.StudentTalentId}/skill-certificates", request.Build(), Cancel)).StatusCode);

        var response = await Api.Anonymous().PostAsJsonAsync(Url, new { certificateNumber = request.CertificateNumber, name = "阿卜杜拉·买买提" }, Cancel);

        var answer = await ReadJson(response);
        Assert.True(answer.GetProperty("verified").GetBoolean());
        Assert.Equal("intermediate", answer.GetProperty("certificate").GetProperty("skillLevel").GetString());
        Assert.Equal("2026-01-15", answer.GetProperty("certificate").GetProperty("issuedOn").GetString());
    }

    [Fact]
    public async Task VerifyCertificate_WhenSignedIn_AnswersAsForAnyone()
    {
        var enterprise = await Api.SignedInAs("Enterprise");

        var response = await enterprise.PostAsJsonAsync(Url, new { certificateNumber = "Y440400202200456", name = "林晓峰" }, Cancel);

        Assert.True((await ReadJson(response)).GetProperty("verified").GetBoolean());
    }

    public static TheoryData<string> InvalidBodies => new()
    {
        "{}",
        """{"certificateNumber": "E440400202400031"}""",
        """{"name": "陈建国"}""",
        """{"certificateNumber": "", "name": "陈建国"}""",
        """{"certificateNumber": "E440400202400031", "name": "   "}""",
        $$"""{"certificateNumber": {{RequestBodies.StringOfLength(33, 'E')}}, "name": "陈建国"}""",
        $$"""{"certificateNumber": "E440400202400031", "name": {{RequestBodies.StringOfLength(200)}}}""",
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task VerifyCertificate_WhenFieldsAreMissingOrTooLong_Returns400(string json)
    {
        var response = await Api.Anonymous().PostAsync(Url, RequestBodies.Json(json), Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
        Assert.DoesNotContain("陈建国", problem.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"certificateNumber": 440400202400031, "name": "陈建国"}""", "certificateNumber")]
    [InlineData("""{"certificateNumber": "E440400202400031", "name": ["陈", "建国"]}""", "name")]
    public async Task VerifyCertificate_WhenJsonHasWrongTypes_Returns400NamingTheField(string json, string field)
    {
        var response = await Api.Anonymous().PostAsync(Url, RequestBodies.Json(json), Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "request.malformed");
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task VerifyCertificate_WritesNothingToTheAuditTrail()
    {
        await Api.Anonymous().PostAsJsonAsync(Url, new { certificateNumber = DemoData.CertificateNumber, name = "陈建国" }, Cancel);

        var city = await Api.SignedInAs("CityAdmin");
        var audit = await ReadJson(await city.GetAsync("/api/v1/audit-entries?action=VerifyCertificate", Cancel));
        Assert.Equal(0, audit.GetProperty("items").GetArrayLength());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class VerifyCertificateTestsOnSqlite(SqliteApiFactory api) : VerifyCertificateTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class VerifyCertificateTestsOnPostgreSql(PostgreSqlApiFactory api) : VerifyCertificateTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class VerifyCertificateTestsOnSqlServer(SqlServerApiFactory api) : VerifyCertificateTests(api);
