using System.Net;
using System.Net.Http.Json;
using ZhuhaiArtisan.Api.FunctionalTests.Builders;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Training;

public abstract class RecordAttendanceTests(ApiFactory api) : TrainingFunctionalTest(api)
{
    private async Task<(HttpClient College, Guid ClassId, Guid EnrolmentId)> EnrolledAsync()
    {
        var college = await College();
        var classId = await CollegeClassAsync();
        var enrolment = await EnrolAsync(college, classId, new { trainee = Trainee(DemoData.TalentIdentityNumber, withRegistration: false) });
        return (college, classId, IdOf(enrolment));
    }

    [Fact]
    public async Task RecordAttendance_WithinTheClassPeriod_AddsTheHoursAndMovesTheETag()
    {
        var (college, classId, enrolmentId) = await EnrolledAsync();

        var first = await AttendAsync(college, classId, enrolmentId, Today.AddDays(1), 6.5m);
        var second = await AttendAsync(college, classId, enrolmentId, Today.AddDays(2), 8);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var enrolment = await ReadJson(second);
        Assert.Equal(14.5m, enrolment.GetProperty("attendedHours").GetDecimal());
        Assert.Equal("\"3\"", second.Headers.ETag!.ToString());
        var sessions = await ReadJson(await college.GetAsync($"{EnrolmentsOf(classId)}/{enrolmentId}/attendance", Cancel));
        Assert.Equal([6.5m, 8m], sessions.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("hours").GetDecimal()).ToList());
    }

    [Fact]
    public async Task RecordAttendance_ASecondReportForTheSameDate_ReplacesTheFirst()
    {
        var (college, classId, enrolmentId) = await EnrolledAsync();
        await AttendAsync(college, classId, enrolmentId, Today.AddDays(1), 6);

        var enrolment = await ReadJson(await AttendAsync(college, classId, enrolmentId, Today.AddDays(1), 4));

        Assert.Equal(4m, enrolment.GetProperty("attendedHours").GetDecimal());
    }

    [Fact]
    public async Task RecordAttendance_OutsideTheClassPeriod_Returns409WithCodeTrainingSessionOutsideClassPeriod()
    {
        var (college, classId, enrolmentId) = await EnrolledAsync();

        var response = await AttendAsync(college, classId, enrolmentId, Today, 4);

        await AssertProblem(response, HttpStatusCode.Conflict, "training.session_outside_class_period");
    }

    [Fact]
    public async Task RecordAttendance_BeyondThePlannedHours_Returns409WithCodeTrainingHoursExceedPlanned()
    {
        // The care-worker class plans 120 hours; 林晓峰 has attended all of them.
        var school = await TrainingSchool();
        var enrolments = await ReadJson(await school.GetAsync(EnrolmentsOf(DemoData.CareWorkerClassId), Cancel));
        var full = enrolments.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("talentId").GetGuid() == DemoData.TalentId);

        var response = await AttendAsync(school, DemoData.CareWorkerClassId, IdOf(full), Today.AddDays(-1), 1);

        await AssertProblem(response, HttpStatusCode.Conflict, "training.hours_exceed_planned");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("24.5")]
    [InlineData("1.255")]
    [InlineData("null")]
    [InlineData("\"8\"")]
    [InlineData("1e400")]
    public async Task RecordAttendance_WithBadHours_Returns400NamingHours(string hours)
    {
        var (college, classId, enrolmentId) = await EnrolledAsync();
        var url = $"{EnrolmentsOf(classId)}/{enrolmentId}";

        var response = await SendAsync(college, HttpMethod.Put, $"{url}/attendance/{Today.AddDays(1):yyyy-MM-dd}", RequestBodies.Json($"{{\"hours\":{hours}}}"), await ETagOf(college, url));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ReadJson(response);
        Assert.True(problem.GetProperty("errors").TryGetProperty("hours", out _), problem.ToString());
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("yesterday")]
    public async Task RecordAttendance_WithAMalformedDate_Returns400(string date)
    {
        var (college, classId, enrolmentId) = await EnrolledAsync();
        var url = $"{EnrolmentsOf(classId)}/{enrolmentId}";

        var response = await SendAsync(college, HttpMethod.Put, $"{url}/attendance/{date}", new { hours = 2 }, await ETagOf(college, url));

        await AssertProblem(response, HttpStatusCode.BadRequest, "request.malformed");
    }

    [Fact]
    public async Task RecordAttendance_WithoutIfMatch_Returns428()
    {
        var (college, classId, enrolmentId) = await EnrolledAsync();

        var response = await SendAsync(college, HttpMethod.Put, $"{EnrolmentsOf(classId)}/{enrolmentId}/attendance/{Today.AddDays(1):yyyy-MM-dd}", new { hours = 2 }, null);

        await AssertProblem(response, HttpStatusCode.PreconditionRequired, "concurrency.if_match_required");
    }

    [Fact]
    public async Task RecordAttendance_WithAStaleIfMatch_Returns412()
    {
        var (college, classId, enrolmentId) = await EnrolledAsync();
        await AttendAsync(college, classId, enrolmentId, Today.AddDays(1), 2);

        var response = await SendAsync(college, HttpMethod.Put, $"{EnrolmentsOf(classId)}/{enrolmentId}/attendance/{Today.AddDays(2):yyyy-MM-dd}", new { hours = 2 }, "\"1\"");

        await AssertProblem(response, HttpStatusCode.PreconditionFailed, "concurrency.stale_version");
    }

    [Fact]
    public async Task RecordAttendance_ForAnEnrolmentOfAnotherClass_Returns404()
    {
        var (college, classId, enrolmentId) = await EnrolledAsync();
        var other = await CollegeClassAsync();

        var response = await SendAsync(college, HttpMethod.Put, $"{EnrolmentsOf(other)}/{enrolmentId}/attendance/{Today.AddDays(1):yyyy-MM-dd}", new { hours = 2 }, "*");

        await AssertProblem(response, HttpStatusCode.NotFound, "enrolment.not_found");
    }

    [Fact]
    public async Task RecordAttendance_ByAnotherInstitution_Returns404()
    {
        var (_, classId, enrolmentId) = await EnrolledAsync();

        var response = await SendAsync(await TrainingSchool(), HttpMethod.Put, $"{EnrolmentsOf(classId)}/{enrolmentId}/attendance/{Today.AddDays(1):yyyy-MM-dd}", new { hours = 2 }, "*");

        await AssertProblem(response, HttpStatusCode.NotFound, "training_class.not_found");
    }

    [Fact]
    public async Task RecordAttendance_ByTheCity_Returns403()
    {
        var (_, classId, enrolmentId) = await EnrolledAsync();

        var response = await SendAsync(await City(), HttpMethod.Put, $"{EnrolmentsOf(classId)}/{enrolmentId}/attendance/{Today.AddDays(1):yyyy-MM-dd}", new { hours = 2 }, "*");

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RecordAttendanceTestsOnSqlite(SqliteApiFactory api) : RecordAttendanceTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class RecordAttendanceTestsOnPostgreSql(PostgreSqlApiFactory api) : RecordAttendanceTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class RecordAttendanceTestsOnSqlServer(SqlServerApiFactory api) : RecordAttendanceTests(api);
