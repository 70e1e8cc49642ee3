using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ZhuhaiArtisan.Api.FunctionalTests.Builders;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Training;

/// <summary>Completions matched against the enrolment (data lock): accepted, or rejected with every mismatch coded.</summary>
public abstract class RecordCompletionTests(ApiFactory api) : TrainingFunctionalTest(api)
{
    private static object Completion(Guid talentId, string result = "passed", Guid? certificateId = null, DateOnly? completedOn = null) =>
        new { talentId, result, certificateId, completedOn = completedOn ?? Today.AddDays(-1) };

    private static List<string> Mismatches(JsonElement completion) =>
        completion.GetProperty("mismatches").EnumerateArray().Select(m => m.GetString()!).ToList();

    private async Task<Guid> CertificateOfAsync(Guid talentId)
    {
        var skills = await ReadJson(await (await City()).GetAsync($"/api/v1/talents/{talentId}/skills", Cancel));
        return Guid.Parse(skills.GetProperty("certificates")[0].GetProperty("id").GetString()!);
    }

    /// <summary>林晓峰's accepted completion of the demo care-worker class, as the training school reads it.</summary>
    private async Task<(HttpClient School, string Url, string ETag)> DemoCompletionAsync()
    {
        var school = await TrainingSchool();
        var demo = await ReadJson(await school.GetAsync(CompletionsOf(DemoData.CareWorkerClassId), Cancel));
        var url = $"{CompletionsOf(DemoData.CareWorkerClassId)}/{IdOf(demo.GetProperty("items")[0])}";
        return (school, url, await ETagOf(school, url));
    }

    [Fact]
    public async Task RecordCompletion_OfATraineeWhoAttendedEverything_IsAccepted()
    {
        // 阿卜杜拉·买买提 attended 40 of the care-worker class's 120 hours; the demo completion is 林晓峰's.
        var school = await TrainingSchool();
        var city = await City();
        var demo = await ReadJson(await school.GetAsync(CompletionsOf(DemoData.CareWorkerClassId), Cancel));
        var accepted = demo.GetProperty("items")[0];

        Assert.Equal("accepted", accepted.GetProperty("status").GetString());
        Assert.Empty(Mismatches(accepted));
        Assert.Equal(HttpStatusCode.OK, (await city.GetAsync($"{CompletionsOf(DemoData.CareWorkerClassId)}/{IdOf(accepted)}", Cancel)).StatusCode);
    }

    [Fact]
    public async Task RecordCompletion_WithAttendanceBelowThePlannedHours_IsRejectedWithTheMismatch()
    {
        var response = await (await TrainingSchool()).PostAsJsonAsync(CompletionsOf(DemoData.CareWorkerClassId), Completion(DemoData.StudentTalentId), Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var completion = await ReadJson(response);
        Assert.Equal("rejected", completion.GetProperty("status").GetString());
        Assert.Equal(["attendance-below-required-hours"], Mismatches(completion));
        Assert.Equal($"{CompletionsOf(DemoData.CareWorkerClassId)}/{IdOf(completion)}", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task RecordCompletion_OfSomeoneNotEnrolled_IsRejectedAsNotEnrolled()
    {
        var completion = await ReadJson(await (await TrainingSchool()).PostAsJsonAsync(CompletionsOf(DemoData.CareWorkerClassId), Completion(DemoData.EmployeeTalentId), Cancel));

        Assert.Equal(["not-enrolled"], Mismatches(completion));
    }

    [Fact]
    public async Task RecordCompletion_BeforeTheClassEnds_IsRejectedAsCompletedBeforeClassEnd()
    {
        var college = await College();
        var classId = await CollegeClassAsync();
        await EnrolAsync(college, classId, new { trainee = Trainee(DemoData.TalentIdentityNumber, withRegistration: false) });

        var completion = await ReadJson(await college.PostAsJsonAsync(CompletionsOf(classId), Completion(DemoData.TalentId, completedOn: Today.AddDays(2)), Cancel));

        Assert.Equal(["attendance-below-required-hours", "completed-before-class-end"], Mismatches(completion));
    }

    [Fact]
    public async Task RecordCompletion_WithAnotherTalentsCertificate_IsRejectedAsCertificateNotTheTalents()
    {
        var school = await TrainingSchool();
        var demo = await ReadJson(await school.GetAsync(CompletionsOf(DemoData.CareWorkerClassId), Cancel));
        var completion = demo.GetProperty("items")[0];
        var url = $"{CompletionsOf(DemoData.CareWorkerClassId)}/{IdOf(completion)}";

        var response = await SendAsync(school, HttpMethod.Put, url,
            new { result = "passed", certificateId = await CertificateOfAsync(DemoData.EmployeeTalentId), completedOn = Today.AddDays(-1) }, await ETagOf(school, url));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var corrected = await ReadJson(response);
        Assert.Equal(["certificate-not-the-talents"], Mismatches(corrected));
        Assert.Equal("\"2\"", response.Headers.ETag!.ToString());
    }

    [Fact]
    public async Task CorrectCompletion_WithTheTalentsOwnCertificate_IsAcceptedAndLinksIt()
    {
        var school = await TrainingSchool();
        var demo = await ReadJson(await school.GetAsync(CompletionsOf(DemoData.CareWorkerClassId), Cancel));
        var url = $"{CompletionsOf(DemoData.CareWorkerClassId)}/{IdOf(demo.GetProperty("items")[0])}";
        var certificate = await CertificateOfAsync(DemoData.TalentId);

        var corrected = await ReadJson(await SendAsync(school, HttpMethod.Put, url, new { result = "passed", certificateId = certificate, completedOn = Today.AddDays(-1) }, await ETagOf(school, url)));

        Assert.Equal("accepted", corrected.GetProperty("status").GetString());
        Assert.Equal(certificate, Guid.Parse(corrected.GetProperty("certificateId").GetString()!));
    }

    [Fact]
    public async Task RecordCompletion_FailedWithACertificate_IsRejectedAsCertificateWithoutPass()
    {
        var completion = await ReadJson(await (await TrainingSchool()).PostAsJsonAsync(CompletionsOf(DemoData.CareWorkerClassId),
            Completion(DemoData.StudentTalentId, "failed", await CertificateOfAsync(DemoData.StudentTalentId)), Cancel));

        Assert.Contains("certificate-without-pass", Mismatches(completion));
    }

    [Fact]
    public async Task RecordCompletion_Twice_Returns409WithCodeTrainingCompletionAlreadyRecorded()
    {
        var response = await (await TrainingSchool()).PostAsJsonAsync(CompletionsOf(DemoData.CareWorkerClassId), Completion(DemoData.TalentId), Cancel);

        await AssertProblem(response, HttpStatusCode.Conflict, "training.completion_already_recorded");
    }

    [Fact]
    public async Task RecordCompletion_IsAuditedAndListedByStatus()
    {
        var school = await TrainingSchool();
        var completion = await ReadJson(await school.PostAsJsonAsync(CompletionsOf(DemoData.CareWorkerClassId), Completion(DemoData.StudentTalentId), Cancel));

        var rejected = await ReadJson(await school.GetAsync($"{CompletionsOf(DemoData.CareWorkerClassId)}?status=rejected", Cancel));
        Assert.Equal([IdOf(completion)], rejected.GetProperty("items").EnumerateArray().Select(IdOf).ToList());
        var audit = await ReadJson(await (await City()).GetAsync($"/api/v1/audit-entries?entityType=TrainingCompletion&entityId={IdOf(completion)}", Cancel));
        Assert.NotEmpty(audit.GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("result", null)]
    [InlineData("result", "\"distinction\"")]
    [InlineData("completedOn", null)]
    [InlineData("completedOn", "\"31/12/2026\"")]
    [InlineData("talentId", null)]
    [InlineData("certificateId", "\"00000000-0000-0000-0000-000000000000\"")]
    public async Task RecordCompletion_WithBadInput_Returns400NamingTheField(string field, string? json)
    {
        var response = await (await TrainingSchool()).PostAsync(CompletionsOf(DemoData.CareWorkerClassId), RequestBodies.With(Completion(DemoData.StudentTalentId), field, json), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ReadJson(response);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task RecordCompletion_ForAnUnknownTalent_Returns404()
    {
        var response = await (await TrainingSchool()).PostAsJsonAsync(CompletionsOf(DemoData.CareWorkerClassId), Completion(Guid.CreateVersion7()), Cancel);

        await AssertProblem(response, HttpStatusCode.NotFound, "talent.not_found");
    }

    [Fact]
    public async Task RecordCompletion_ByAnotherInstitution_Returns404()
    {
        var response = await (await College()).PostAsJsonAsync(CompletionsOf(DemoData.CareWorkerClassId), Completion(DemoData.StudentTalentId), Cancel);

        await AssertProblem(response, HttpStatusCode.NotFound, "training_class.not_found");
    }

    [Fact]
    public async Task RecordCompletion_ByTheCity_Returns403()
    {
        var response = await (await City()).PostAsJsonAsync(CompletionsOf(DemoData.CareWorkerClassId), Completion(DemoData.StudentTalentId), Cancel);

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Fact]
    public async Task CorrectCompletion_WithoutIfMatch_Returns428()
    {
        var school = await TrainingSchool();
        var demo = await ReadJson(await school.GetAsync(CompletionsOf(DemoData.CareWorkerClassId), Cancel));

        var response = await SendAsync(school, HttpMethod.Put, $"{CompletionsOf(DemoData.CareWorkerClassId)}/{IdOf(demo.GetProperty("items")[0])}",
            new { result = "failed", completedOn = Today }, null);

        await AssertProblem(response, HttpStatusCode.PreconditionRequired, "concurrency.if_match_required");
    }

    [Fact]
    public async Task CorrectCompletion_WithAStaleIfMatch_Returns412()
    {
        var school = await TrainingSchool();
        var demo = await ReadJson(await school.GetAsync(CompletionsOf(DemoData.CareWorkerClassId), Cancel));

        var response = await SendAsync(school, HttpMethod.Put, $"{CompletionsOf(DemoData.CareWorkerClassId)}/{IdOf(demo.GetProperty("items")[0])}",
            new { result = "failed", completedOn = Today }, "\"7\"");

        await AssertProblem(response, HttpStatusCode.PreconditionFailed, "concurrency.stale_version");
    }

    [Theory]
    [InlineData("result", null, "validation.failed")]
    [InlineData("result", "\"distinction\"", "request.malformed")]
    [InlineData("result", "1", "request.malformed")]
    [InlineData("result", "true", "request.malformed")]
    [InlineData("completedOn", null, "validation.failed")]
    [InlineData("completedOn", "\"31/12/2026\"", "request.malformed")]
    [InlineData("completedOn", "20260101", "request.malformed")]
    [InlineData("certificateId", "\"not-a-guid\"", "request.malformed")]
    [InlineData("certificateId", "42", "request.malformed")]
    [InlineData("certificateId", "\"00000000-0000-0000-0000-000000000000\"", "validation.failed")]
    public async Task CorrectCompletion_WithBadInput_Returns400NamingTheFieldAndChangesNothing(string field, string? json, string code)
    {
        var (school, url, etag) = await DemoCompletionAsync();
        var body = RequestBodies.With(new { result = "failed", certificateId = (Guid?)null, completedOn = Today.AddDays(-1) }, field, json);

        var response = await SendAsync(school, HttpMethod.Put, url, body, etag);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, code);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(etag, await ETagOf(school, url));
    }

    [Fact]
    public async Task CorrectCompletion_WithAnEmptyObject_Returns400NamingEachRequiredField()
    {
        var (school, url, etag) = await DemoCompletionAsync();

        var response = await SendAsync(school, HttpMethod.Put, url, RequestBodies.Json("{}"), etag);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
        foreach (var field in (string[])["result", "completedOn"])
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        }
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("\"passed\"")]
    public async Task CorrectCompletion_WithABodyThatIsNotAnObject_Returns400Malformed(string json)
    {
        var (school, url, etag) = await DemoCompletionAsync();

        var response = await SendAsync(school, HttpMethod.Put, url, RequestBodies.Json(json), etag);

        await AssertProblem(response, HttpStatusCode.BadRequest, "request.malformed");
        Assert.Equal(etag, await ETagOf(school, url));
    }

    [Fact]
    public async Task CorrectCompletion_ByAnotherInstitutionOrThePartner_Returns404AndChangesNothing()
    {
        // The care-worker class is the training school's and offline: neither the college nor 技行珠海 sees it.
        var (school, url, etag) = await DemoCompletionAsync();

        foreach (var client in new[] { await College(), Partner() })
        {
            var response = await SendAsync(client, HttpMethod.Put, url, new { result = "failed", completedOn = Today.AddDays(-1) }, etag);

            await AssertProblem(response, HttpStatusCode.NotFound, "training_class.not_found");
        }

        var unchanged = await ReadJson(await school.GetAsync(url, Cancel));
        Assert.Equal("passed", unchanged.GetProperty("result").GetString());
        Assert.Equal(etag, await ETagOf(school, url));
    }

    [Theory]
    [InlineData("CityAdmin")]
    [InlineData("DistrictAdmin")]
    public async Task CorrectCompletion_ByTheCityOrADistrict_Returns403(string role)
    {
        var (school, url, etag) = await DemoCompletionAsync();

        var response = await SendAsync(await Api.SignedInAs(role), HttpMethod.Put, url, new { result = "failed", completedOn = Today.AddDays(-1) }, etag);

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
        Assert.Equal(etag, await ETagOf(school, url));
    }

    [Fact]
    public async Task CorrectCompletion_UnderAnotherClassOfTheSameInstitution_Returns404()
    {
        var (school, url, etag) = await DemoCompletionAsync();
        var completionId = url[(url.LastIndexOf('/') + 1)..];

        var response = await SendAsync(school, HttpMethod.Put, $"{CompletionsOf(DemoData.OnlineClassId)}/{completionId}",
            new { result = "failed", completedOn = Today.AddDays(-1) }, etag);

        await AssertProblem(response, HttpStatusCode.NotFound, "training_completion.not_found");
        Assert.Equal(etag, await ETagOf(school, url));
    }

    [Fact]
    public async Task GetCompletion_OfAnotherClass_Returns404()
    {
        var school = await TrainingSchool();
        var demo = await ReadJson(await school.GetAsync(CompletionsOf(DemoData.CareWorkerClassId), Cancel));

        var response = await (await City()).GetAsync($"{CompletionsOf(DemoData.OnlineClassId)}/{IdOf(demo.GetProperty("items")[0])}", Cancel);

        await AssertProblem(response, HttpStatusCode.NotFound, "training_completion.not_found");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RecordCompletionTestsOnSqlite(SqliteApiFactory api) : RecordCompletionTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class RecordCompletionTestsOnPostgreSql(PostgreSqlApiFactory api) : RecordCompletionTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class RecordCompletionTestsOnSqlServer(SqlServerApiFactory api) : RecordCompletionTests(api);
