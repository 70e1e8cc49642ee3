using System.Net;
using System.Text.Json;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Training;

/// <summary>Who sees which class, enrolment and completion; everything else is 404 (or 403 for callers with no business here).</summary>
public abstract class TrainingAccessTests(ApiFactory api) : TrainingFunctionalTest(api)
{
    private async Task<List<Guid>> ClassIds(HttpClient client, string query = "")
    {
        var response = await client.GetAsync($"{Classes}{query}", Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancel));
        return (await ReadJson(response)).GetProperty("items").EnumerateArray().Select(IdOf).ToList();
    }

    [Fact]
    public async Task ListTrainingClasses_EachCallerSeesWhatIsTheirs()
    {
        var collegeClass = await CollegeClassAsync();
        var partnerClass = IdOf(await OpenClassAsync(Partner(), ClassBody(DemoData.ChipMakerItemId, venue: "珠海市香洲区学府路2号")));

        Assert.Equal([DemoData.CareWorkerClassId, DemoData.OnlineClassId, collegeClass, partnerClass], await ClassIds(await City()));
        Assert.Equal([collegeClass, partnerClass], await ClassIds(await College()));
        Assert.Equal([DemoData.CareWorkerClassId, DemoData.OnlineClassId], await ClassIds(await TrainingSchool()));
        Assert.Equal([DemoData.OnlineClassId, partnerClass], await ClassIds(Partner()));
        Assert.Equal([collegeClass, partnerClass], await ClassIds(await District("440402")));
        Assert.Equal([DemoData.CareWorkerClassId, DemoData.OnlineClassId], await ClassIds(await District("ZH-GX")));
        Assert.Empty(await ClassIds(await District("440403")));
    }

    [Fact]
    public async Task ListTrainingClasses_FiltersAndPages()
    {
        var city = await City();
        var first = await ReadJson(await city.GetAsync($"{Classes}?limit=1", Cancel));
        var cursor = first.GetProperty("nextCursor").GetString()!;
        var second = await ReadJson(await city.GetAsync($"{Classes}?limit=1&cursor={Uri.EscapeDataString(cursor)}", Cancel));

        Assert.Equal([DemoData.CareWorkerClassId], first.GetProperty("items").EnumerateArray().Select(IdOf).ToList());
        Assert.Equal([DemoData.OnlineClassId], second.GetProperty("items").EnumerateArray().Select(IdOf).ToList());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
        Assert.Equal([DemoData.OnlineClassId], await ClassIds(city, $"?catalogueItem={DemoData.AiTrainerItemId}"));
        Assert.Equal([DemoData.CareWorkerClassId, DemoData.OnlineClassId], await ClassIds(city, $"?institution={DemoData.TrainingInstitutionId}"));
    }

    [Theory]
    [InlineData("?limit=0")]
    [InlineData("?limit=201")]
    [InlineData("?limit=ten")]
    [InlineData("?cursor=forged")]
    [InlineData("?catalogueItem=not-a-guid")]
    public async Task ListTrainingClasses_WithBadParameters_Returns400(string query)
    {
        var response = await (await City()).GetAsync($"{Classes}{query}", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("Enterprise")]
    [InlineData("Talent")]
    public async Task ListTrainingClasses_ByAnEnterpriseOrATalent_Returns403(string role)
    {
        await AssertProblem(await (await Api.SignedInAs(role)).GetAsync(Classes, Cancel), HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Fact]
    public async Task ListTrainingClasses_Anonymously_Returns401()
    {
        await AssertProblem(await Api.Anonymous().GetAsync(Classes, Cancel), HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }

    [Fact]
    public async Task GetTrainingClass_ThatIsNotTheCallers_Returns404ForEveryOtherCaller()
    {
        var collegeClass = await CollegeClassAsync();
        foreach (var client in new[] { await TrainingSchool(), Partner(), await District("ZH-GX") })
        {
            await AssertProblem(await client.GetAsync($"{Classes}/{collegeClass}", Cancel), HttpStatusCode.NotFound, "training_class.not_found");
            await AssertProblem(await client.GetAsync(EnrolmentsOf(collegeClass), Cancel), HttpStatusCode.NotFound, "training_class.not_found");
            await AssertProblem(await client.GetAsync(CompletionsOf(collegeClass), Cancel), HttpStatusCode.NotFound, "training_class.not_found");
        }

        var read = await (await City()).GetAsync($"{Classes}/{collegeClass}", Cancel);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("\"1\"", read.Headers.ETag!.ToString());
    }

    [Fact]
    public async Task ListEnrolments_ShowsIdentityNumbersMaskedOnly()
    {
        var enrolments = await ReadJson(await (await City()).GetAsync(EnrolmentsOf(DemoData.CareWorkerClassId), Cancel));

        var items = enrolments.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, e => Assert.Matches(@"^\d{6}\*{8}\d{3}[\dX]$", e.GetProperty("identityNumberMasked").GetString()!));
        Assert.DoesNotContain(DemoData.TalentIdentityNumber, enrolments.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetEnrolment_OfAnotherClass_Returns404()
    {
        var enrolments = await ReadJson(await (await City()).GetAsync(EnrolmentsOf(DemoData.CareWorkerClassId), Cancel));
        var enrolmentId = IdOf(enrolments.GetProperty("items")[0]);

        await AssertProblem(await (await City()).GetAsync($"{EnrolmentsOf(DemoData.OnlineClassId)}/{enrolmentId}", Cancel), HttpStatusCode.NotFound, "enrolment.not_found");
        await AssertProblem(await (await City()).GetAsync($"{EnrolmentsOf(DemoData.OnlineClassId)}/{enrolmentId}/attendance", Cancel), HttpStatusCode.NotFound, "enrolment.not_found");
        Assert.Equal(HttpStatusCode.OK, (await (await City()).GetAsync($"{EnrolmentsOf(DemoData.CareWorkerClassId)}/{enrolmentId}", Cancel)).StatusCode);
    }

    [Fact]
    public async Task ListAttendance_OfAClassThatIsNotTheCallers_Returns404ForEveryOtherCaller()
    {
        // 林晓峰's attendance in the training school's care-worker class.
        var school = await TrainingSchool();
        var enrolments = await ReadJson(await school.GetAsync(EnrolmentsOf(DemoData.CareWorkerClassId), Cancel));
        var full = enrolments.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("talentId").GetGuid() == DemoData.TalentId);
        var attendance = $"{EnrolmentsOf(DemoData.CareWorkerClassId)}/{IdOf(full)}/attendance";

        foreach (var client in new[] { await College(), Partner(), await District("440402") })
        {
            var problem = await AssertProblem(await client.GetAsync(attendance, Cancel), HttpStatusCode.NotFound, "training_class.not_found");
            Assert.False(problem.TryGetProperty("items", out _), problem.ToString());
        }

        var own = await school.GetAsync(attendance, Cancel);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.NotEmpty((await ReadJson(own)).GetProperty("items").EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(BadPaging))]
    [InlineData("?cursor=%00%FF", "cursor", "paging.invalid_cursor")]
    public async Task ListEnrolments_WithBadPaging_Returns400NamingTheParameter(string query, string field, string code)
    {
        var response = await (await City()).GetAsync($"{EnrolmentsOf(DemoData.CareWorkerClassId)}{query}", Cancel);

        await AssertRefusedParameter(response, field, code);
    }

    [Theory]
    [MemberData(nameof(BadPaging))]
    [InlineData("?status=pending", "status", "validation.failed")]
    [InlineData("?status=Accepted", "status", "validation.failed")]
    [InlineData("?status=accepted,rejected", "status", "validation.failed")]
    [InlineData("?status=1", "status", "validation.failed")]
    public async Task ListCompletions_WithBadParameters_Returns400NamingTheParameter(string query, string field, string code)
    {
        var response = await (await City()).GetAsync($"{CompletionsOf(DemoData.CareWorkerClassId)}{query}", Cancel);

        await AssertRefusedParameter(response, field, code);
    }

    [Fact]
    public async Task ListEnrolmentsAndCompletions_WithACursorTamperedOrIssuedByAnotherList_Returns400InvalidCursor()
    {
        var city = await City();
        var classesCursor = (await ReadJson(await city.GetAsync($"{Classes}?limit=1", Cancel))).GetProperty("nextCursor").GetString()!;
        var enrolmentsCursor = (await ReadJson(await city.GetAsync($"{EnrolmentsOf(DemoData.CareWorkerClassId)}?limit=1", Cancel))).GetProperty("nextCursor").GetString()!;

        var cases = new[]
        {
            $"{EnrolmentsOf(DemoData.CareWorkerClassId)}?cursor={Uri.EscapeDataString(classesCursor)}",
            $"{EnrolmentsOf(DemoData.CareWorkerClassId)}?cursor={Uri.EscapeDataString(enrolmentsCursor[..^2])}",
            $"{CompletionsOf(DemoData.CareWorkerClassId)}?cursor={Uri.EscapeDataString(enrolmentsCursor)}",
        };
        foreach (var url in cases)
        {
            await AssertProblem(await city.GetAsync(url, Cancel), HttpStatusCode.BadRequest, "paging.invalid_cursor");
        }

        var second = await city.GetAsync($"{EnrolmentsOf(DemoData.CareWorkerClassId)}?limit=1&cursor={Uri.EscapeDataString(enrolmentsCursor)}", Cancel);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task ListMyEnrolments_ShowsTheTalentOnlyTheirOwn()
    {
        var mine = await ReadJson(await (await Api.SignedInAs("Talent")).GetAsync("/api/v1/talents/me/enrolments", Cancel));

        var items = mine.GetProperty("items").EnumerateArray().ToList();
        Assert.Single(items);
        Assert.Equal(DemoData.CareWorkerClassId, IdOf(items[0].GetProperty("class")));
        Assert.Equal(120m, items[0].GetProperty("attendedHours").GetDecimal());
    }

    [Theory]
    [InlineData("CityAdmin")]
    [InlineData("Institution")]
    [InlineData("Enterprise")]
    public async Task ListMyEnrolments_ByAnyoneButATalent_Returns403(string role)
    {
        await AssertProblem(await (await Api.SignedInAs(role)).GetAsync("/api/v1/talents/me/enrolments", Cancel), HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Fact]
    public async Task ListMyEnrolments_ByThePartner_Returns403()
    {
        await AssertProblem(await Partner().GetAsync("/api/v1/talents/me/enrolments", Cancel), HttpStatusCode.Forbidden, "access.forbidden");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TrainingAccessTestsOnSqlite(SqliteApiFactory api) : TrainingAccessTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class TrainingAccessTestsOnPostgreSql(PostgreSqlApiFactory api) : TrainingAccessTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class TrainingAccessTestsOnSqlServer(SqlServerApiFactory api) : TrainingAccessTests(api);
