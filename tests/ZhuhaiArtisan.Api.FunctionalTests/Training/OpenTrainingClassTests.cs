using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ZhuhaiArtisan.Api.FunctionalTests.Builders;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Training;

public abstract class OpenTrainingClassTests(ApiFactory api) : TrainingFunctionalTest(api)
{
    [Fact]
    public async Task OpenTrainingClass_ForAnApprovedPublishedItem_Returns201WithTheItemsHoursAndMode()
    {
        var response = await (await College()).PostAsJsonAsync(Classes, ClassBody(DemoData.WelderItemId, capacity: 25), Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var opened = await ReadJson(response);
        Assert.Equal($"{Classes}/{IdOf(opened)}", response.Headers.Location!.ToString());
        Assert.Equal("\"1\"", response.Headers.ETag!.ToString());
        Assert.Equal(DemoData.VocationalCollegeId, Guid.Parse(opened.GetProperty("institutionId").GetString()!));
        Assert.Equal(400, opened.GetProperty("plannedHours").GetInt32());
        Assert.Equal("offline", opened.GetProperty("deliveryMode").GetString());
        Assert.Equal(25, opened.GetProperty("seatsLeft").GetInt32());
        Assert.Equal(0, opened.GetProperty("enrolledCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, opened.GetProperty("openedByPartner").ValueKind);
    }

    [Fact]
    public async Task OpenTrainingClass_IsAudited()
    {
        var opened = await OpenClassAsync(await College(), ClassBody(DemoData.WelderItemId));

        var audit = await ReadJson(await (await City()).GetAsync($"/api/v1/audit-entries?entityType=TrainingClass&entityId={IdOf(opened)}", Cancel));
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "OpenTrainingClass");
    }

    [Fact]
    public async Task OpenTrainingClass_ByThePartnerForAnOnlineItem_RecordsThePartner()
    {
        var opened = await OpenClassAsync(Partner(), ClassBody(DemoData.AiTrainerItemId, venue: null));

        Assert.Equal(DemoData.PartnerClientId, Guid.Parse(opened.GetProperty("openedByPartner").GetString()!));
        Assert.Equal(DemoData.TrainingInstitutionId, Guid.Parse(opened.GetProperty("institutionId").GetString()!));
        Assert.Equal("online", opened.GetProperty("deliveryMode").GetString());
    }

    [Fact]
    public async Task OpenTrainingClass_ByThePartnerForAnOfflineItem_Returns409WithCodeTrainingItemNotOnline()
    {
        var response = await Partner().PostAsJsonAsync(Classes, ClassBody(DemoData.WelderItemId), Cancel);

        await AssertProblem(response, HttpStatusCode.Conflict, "training.item_not_online");
    }

    [Fact]
    public async Task OpenTrainingClass_ForAnotherInstitutionsItem_Returns404()
    {
        var response = await (await College()).PostAsJsonAsync(Classes, ClassBody(DemoData.ElectricianItemId), Cancel);

        await AssertProblem(response, HttpStatusCode.NotFound, "catalogue_item.not_found");
    }

    [Fact]
    public async Task OpenTrainingClass_ForAnItemUnderReview_Returns409WithCodeTrainingItemNotAcceptingEnrolment()
    {
        var response = await (await College()).PostAsJsonAsync(Classes, ClassBody(DemoData.RobotItemId), Cancel);

        await AssertProblem(response, HttpStatusCode.Conflict, "training.item_not_accepting_enrolment");
    }

    [Theory]
    [InlineData("suspension")]
    [InlineData("withdrawal")]
    public async Task OpenTrainingClass_ForASuspendedOrWithdrawnItem_Returns409WithCodeTrainingItemNotAcceptingEnrolment(string verb)
    {
        var city = await City();
        var item = $"/api/v1/catalogue-items/{DemoData.WelderItemId}";
        var etag = await ETagOf(city, item);
        var changed = await SendAsync(city, HttpMethod.Post, $"{item}/{verb}", verb == "suspension" ? new { reason = "核查期间暂停" } : null, etag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        var response = await (await College()).PostAsJsonAsync(Classes, ClassBody(DemoData.WelderItemId), Cancel);

        await AssertProblem(response, HttpStatusCode.Conflict, "training.item_not_accepting_enrolment");
    }

    [Fact]
    public async Task OpenTrainingClass_OutsideTheItemsValidity_Returns409WithCodeTrainingClassPeriodInvalid()
    {
        var response = await (await College()).PostAsJsonAsync(Classes, ClassBody(DemoData.WelderItemId, startsIn: 300, lasts: 200), Cancel);

        await AssertProblem(response, HttpStatusCode.Conflict, "training.class_period_invalid");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task OpenTrainingClass_OfflineWithoutAVenue_Returns409WithCodeTrainingVenueMismatch(string? venue)
    {
        var response = await (await College()).PostAsJsonAsync(Classes, ClassBody(DemoData.WelderItemId, venue: venue), Cancel);

        await AssertProblem(response, HttpStatusCode.Conflict, "training.venue_mismatch");
    }

    [Fact]
    public async Task OpenTrainingClass_OnlineWithAVenue_Returns409WithCodeTrainingVenueMismatch()
    {
        var response = await (await TrainingSchool()).PostAsJsonAsync(Classes, ClassBody(DemoData.AiTrainerItemId, venue: "教室"), Cancel);

        await AssertProblem(response, HttpStatusCode.Conflict, "training.venue_mismatch");
    }

    [Theory]
    [InlineData("catalogueItemId", null)]
    [InlineData("catalogueItemId", "\"not-a-guid\"")]
    [InlineData("catalogueItemId", "\"00000000-0000-0000-0000-000000000000\"")]
    [InlineData("startDate", null)]
    [InlineData("startDate", "\"2026-02-30\"")]
    [InlineData("endDate", "20260101")]
    [InlineData("capacity", null)]
    [InlineData("capacity", "0")]
    [InlineData("capacity", "1001")]
    [InlineData("capacity", "99999999999")]
    [InlineData("capacity", "\"30\"")]
    [InlineData("venue", "\"\\u0007\"")]
    public async Task OpenTrainingClass_WithBadInput_Returns400NamingTheField(string field, string? json)
    {
        var response = await (await College()).PostAsync(Classes, RequestBodies.With(ClassBody(DemoData.WelderItemId), field, json), Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, problemCode(json));
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());

        static string problemCode(string? json) => json is "\"not-a-guid\"" or "\"2026-02-30\"" or "20260101" or "99999999999" or "\"30\"" ? "request.malformed" : "validation.failed";
    }

    [Fact]
    public async Task OpenTrainingClass_WithAVenueTooLong_Returns400()
    {
        var response = await (await College()).PostAsync(Classes, RequestBodies.With(ClassBody(DemoData.WelderItemId), "venue", RequestBodies.StringOfLength(129)), Cancel);

        await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
    }

    [Fact]
    public async Task OpenTrainingClass_EndingBeforeItStarts_Returns400()
    {
        var body = new { catalogueItemId = DemoData.WelderItemId, startDate = Today.AddDays(10), endDate = Today.AddDays(5), capacity = 10, venue = "教室" };

        var problem = await AssertProblem(await (await College()).PostAsJsonAsync(Classes, body, Cancel), HttpStatusCode.BadRequest, "validation.failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("endDate", out _));
    }

    [Theory]
    [InlineData("CityAdmin")]
    [InlineData("DistrictAdmin")]
    public async Task OpenTrainingClass_ByTheCityOrADistrict_Returns403(string role)
    {
        var response = await (await Api.SignedInAs(role)).PostAsJsonAsync(Classes, ClassBody(DemoData.WelderItemId), Cancel);

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Theory]
    [InlineData("Enterprise")]
    [InlineData("Talent")]
    public async Task OpenTrainingClass_ByAnEnterpriseOrATalent_Returns403(string role)
    {
        var response = await (await Api.SignedInAs(role)).PostAsJsonAsync(Classes, ClassBody(DemoData.WelderItemId), Cancel);

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Fact]
    public async Task OpenTrainingClass_Anonymously_Returns401()
    {
        var response = await Api.Anonymous().PostAsJsonAsync(Classes, ClassBody(DemoData.WelderItemId), Cancel);

        await AssertProblem(response, HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OpenTrainingClassTestsOnSqlite(SqliteApiFactory api) : OpenTrainingClassTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class OpenTrainingClassTestsOnPostgreSql(PostgreSqlApiFactory api) : OpenTrainingClassTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class OpenTrainingClassTestsOnSqlServer(SqlServerApiFactory api) : OpenTrainingClassTests(api);
