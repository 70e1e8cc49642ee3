using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ZhuhaiArtisan.Api.FunctionalTests.Builders;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Training;

/// <summary>技行珠海's bulk pushes: row-level results, upserts by external id, replays that change nothing twice.</summary>
public abstract class PartnerPushTests(ApiFactory api) : TrainingFunctionalTest(api)
{
    private static object ClassRow(string externalId, int capacity = 50, int startsIn = 1, Guid? item = null, string? venue = null) =>
        new { externalId, catalogueItemId = item ?? DemoData.AiTrainerItemId, startDate = Today.AddDays(startsIn), endDate = Today.AddDays(startsIn + 30), capacity, venue };

    private async Task<JsonElement> PushedClassAsync(string externalId, int capacity = 50)
    {
        var result = await PushOkAsync(Partner(), "classes", new[] { ClassRow(externalId, capacity) });
        Assert.Equal(["created"], Outcomes(result));
        return result.GetProperty("rows")[0];
    }

    [Fact]
    public async Task PushTrainingClasses_NewThenReplayedThenChanged_CreatesThenChangesNothingThenUpdates()
    {
        var rows = new[] { ClassRow("JX-C-1"), ClassRow("JX-C-2", capacity: 80) };

        var first = await PushOkAsync(Partner(), "classes", rows);
        var replay = await PushOkAsync(Partner(), "classes", rows);
        var changed = await PushOkAsync(Partner(), "classes", new[] { ClassRow("JX-C-1", capacity: 60), ClassRow("JX-C-2", capacity: 80) });

        Assert.Equal(["created", "created"], Outcomes(first));
        Assert.Equal(2, first.GetProperty("created").GetInt32());
        Assert.Equal(["unchanged", "unchanged"], Outcomes(replay));
        Assert.Equal(["updated", "unchanged"], Outcomes(changed));
        var id = first.GetProperty("rows")[0].GetProperty("id").GetString();
        Assert.Equal(id, changed.GetProperty("rows")[0].GetProperty("id").GetString());
        var read = await ReadJson(await Partner().GetAsync($"{Classes}/{id}", Cancel));
        Assert.Equal(60, read.GetProperty("capacity").GetInt32());
        Assert.Equal(DemoData.PartnerClientId, Guid.Parse(read.GetProperty("openedByPartner").GetString()!));
    }

    [Fact]
    public async Task PushTrainingClasses_AnOverlappingBatch_TakesOnlyWhatIsNew()
    {
        await PushOkAsync(Partner(), "classes", new[] { ClassRow("O-1"), ClassRow("O-2") });

        var overlapping = await PushOkAsync(Partner(), "classes", new[] { ClassRow("O-2"), ClassRow("O-3") });

        Assert.Equal(["unchanged", "created"], Outcomes(overlapping));
        var classes = await ReadJson(await Partner().GetAsync($"{Classes}?catalogueItem={DemoData.AiTrainerItemId}", Cancel));
        Assert.Equal(4, classes.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task PushTrainingClasses_RejectsBadRowsOneByOneAndTakesTheRest()
    {
        var rows = new object?[]
        {
            ClassRow("ok-1"),
            ClassRow("bad-item", item: Guid.CreateVersion7()),
            ClassRow("offline", item: DemoData.WelderItemId, venue: "教室"),
            ClassRow("too-late", startsIn: 400),
            new { externalId = "", catalogueItemId = DemoData.AiTrainerItemId, capacity = 0 },
            ClassRow("ok-1", capacity: 9),
            null,
            ClassRow("unpublished", item: DemoData.RobotItemId, venue: "教室"),
        };

        var result = await PushOkAsync(Partner(), "classes", rows);

        Assert.Equal(["created", "rejected", "rejected", "rejected", "rejected", "rejected", "rejected", "rejected"], Outcomes(result));
        Assert.Equal(["row.unknown_reference"], ErrorCodes(result, 1));
        Assert.Equal(["training.item_not_online"], ErrorCodes(result, 2));
        Assert.Equal(["training.class_period_invalid"], ErrorCodes(result, 3));
        var fields = result.GetProperty("rows")[4].GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "externalId", "startDate", "endDate", "capacity" }, fields);
        Assert.Equal(["partner_push.duplicate_external_id"], ErrorCodes(result, 5));
        Assert.Equal(["row.invalid_value"], ErrorCodes(result, 6));
        Assert.Equal(["row.unknown_reference"], ErrorCodes(result, 7));
        Assert.Equal(1, result.GetProperty("created").GetInt32());
        Assert.Equal(7, result.GetProperty("rejected").GetInt32());
    }

    [Fact]
    public async Task PushEnrolments_ByClassExternalIdAndIdentityNumber_EnrolsRegistersAndReplaysAsUnchanged()
    {
        var pushed = await PushedClassAsync("JX-C-10");
        var newcomer = IdentityNumbers.NextResident();
        var rows = new object[]
        {
            new { externalId = "JX-E-1", classExternalId = "JX-C-10", trainee = Trainee(newcomer) },
            new { externalId = "JX-E-2", classExternalId = "JX-C-10", trainee = Trainee(DemoData.TalentIdentityNumber, withRegistration: false) },
            new { externalId = "JX-E-3", classId = pushed.GetProperty("id").GetString(), talentId = DemoData.EmployeeTalentId },
        };

        var first = await PushOkAsync(Partner(), "enrolments", rows);
        var replay = await PushOkAsync(Partner(), "enrolments", rows);

        Assert.Equal(["created", "created", "created"], Outcomes(first));
        Assert.Equal(["unchanged", "unchanged", "unchanged"], Outcomes(replay));
        var classId = Guid.Parse(pushed.GetProperty("id").GetString()!);
        var read = await ReadJson(await Partner().GetAsync($"{Classes}/{classId}", Cancel));
        Assert.Equal(3, read.GetProperty("enrolledCount").GetInt32());
        var lookup = await ReadJson(await (await City()).PostAsJsonAsync("/api/v1/talent-lookups", new { documentType = "resident-identity-card", identityNumber = newcomer }, Cancel));
        Assert.Equal("contract-performance", lookup.GetProperty("recordedBy").GetProperty("legalBasis").GetString());
        Assert.Equal("Partner", lookup.GetProperty("recordedBy").GetProperty("recordedByRole").GetString());
    }

    [Fact]
    public async Task PushEnrolments_BeyondCapacityTwiceOrNowhere_RejectsThoseRowsWithCodes()
    {
        await PushedClassAsync("JX-C-20", capacity: 1);
        var rows = new object[]
        {
            new { externalId = "E-1", classExternalId = "JX-C-20", talentId = DemoData.EmployeeTalentId },
            new { externalId = "E-2", classExternalId = "JX-C-20", trainee = Trainee(DemoData.TalentIdentityNumber, withRegistration: false) },
            new { externalId = "E-3", classExternalId = "JX-C-20", talentId = DemoData.EmployeeTalentId },
            new { externalId = "E-4", classExternalId = "no-such-class", talentId = DemoData.EmployeeTalentId },
            new { externalId = "E-5", classId = DemoData.CareWorkerClassId, talentId = DemoData.EmployeeTalentId },
            new { externalId = "E-6", classExternalId = "JX-C-20", talentId = Guid.CreateVersion7() },
            new { externalId = "E-7", classExternalId = "JX-C-20", trainee = Trainee(withRegistration: false) },
            new { externalId = "E-8", classExternalId = "JX-C-20", trainee = Trainee(IdentityNumbers.WithWrongCheckCharacter(IdentityNumbers.NextResident())) },
            new { externalId = "E-9", classId = DemoData.OnlineClassId, classExternalId = "JX-C-20", talentId = DemoData.EmployeeTalentId },
        };

        var result = await PushOkAsync(Partner(), "enrolments", rows);

        Assert.Equal(["created", "rejected", "rejected", "rejected", "rejected", "rejected", "rejected", "rejected", "rejected"], Outcomes(result));
        Assert.Equal(["training.class_full"], ErrorCodes(result, 1));
        Assert.Equal(["training.already_enrolled"], ErrorCodes(result, 2));
        Assert.Equal(["row.unknown_reference"], ErrorCodes(result, 3));
        Assert.Equal(["row.unknown_reference"], ErrorCodes(result, 4));
        Assert.Equal(["row.unknown_reference"], ErrorCodes(result, 5));
        Assert.Equal(4, ErrorCodes(result, 6).Count);
        Assert.Equal(["talent.identity_check_character_mismatch"], ErrorCodes(result, 7));
        Assert.Equal(["row.invalid_value"], ErrorCodes(result, 8));
    }

    [Fact]
    public async Task PushEnrolments_ByTheIdOfATalentThePartnerNeverEnrolled_IsRejectedAsAnUnknownReference()
    {
        var pushed = await PushedClassAsync("JX-C-40");

        var result = await PushOkAsync(Partner(), "enrolments", new[] { new { externalId = "E-1", classExternalId = "JX-C-40", talentId = DemoData.TalentId } });

        Assert.Equal(["rejected"], Outcomes(result));
        Assert.Equal(["row.unknown_reference"], ErrorCodes(result, 0));
        var read = await ReadJson(await Partner().GetAsync($"{Classes}/{pushed.GetProperty("id").GetString()}", Cancel));
        Assert.Equal(0, read.GetProperty("enrolledCount").GetInt32());
    }

    [Fact]
    public async Task PushEnrolments_OfAnExternalIdMovedToAnotherTalent_IsRejectedAsImmutable()
    {
        await PushedClassAsync("JX-C-30");
        await PushOkAsync(Partner(), "enrolments", new[] { new { externalId = "E-1", classExternalId = "JX-C-30", talentId = DemoData.EmployeeTalentId } });

        var result = await PushOkAsync(Partner(), "enrolments", new object[] { new { externalId = "E-1", classExternalId = "JX-C-30", trainee = Trainee(DemoData.TalentIdentityNumber, withRegistration: false) } });

        Assert.Equal(["partner_push.immutable_field"], ErrorCodes(result, 0));
    }

    [Fact]
    public async Task PushAttendance_RecordsReplacesAndRejectsByRow()
    {
        await PushedClassAsync("JX-C-40");
        await PushOkAsync(Partner(), "enrolments", new[] { new { externalId = "E-1", classExternalId = "JX-C-40", talentId = DemoData.EmployeeTalentId } });
        var rows = new object[]
        {
            new { externalId = "A-1", enrolmentExternalId = "E-1", sessionDate = Today.AddDays(1), hours = 8 },
            new { externalId = "A-2", enrolmentExternalId = "E-1", sessionDate = Today.AddDays(2), hours = 7.5 },
            new { externalId = "A-3", enrolmentExternalId = "E-1", sessionDate = Today, hours = 2 },
            new { externalId = "A-4", enrolmentExternalId = "E-1", sessionDate = Today.AddDays(3), hours = 70 },
            new { externalId = "A-5", enrolmentExternalId = "E-1", sessionDate = Today.AddDays(4), hours = 24 },
            new { externalId = "A-6", enrolmentExternalId = "E-1", sessionDate = Today.AddDays(5), hours = 24 },
            new { externalId = "A-7", enrolmentExternalId = "E-1", sessionDate = Today.AddDays(6), hours = 24 },
            new { externalId = "A-8", enrolmentExternalId = "no-such", sessionDate = Today.AddDays(6), hours = 1 },
            new { externalId = "A-9", enrolmentExternalId = "E-1", sessionDate = Today.AddDays(1), hours = 1 },
            // An enrolment in the training institution's own offline class: not the partner's to report.
            new { externalId = "A-10", enrolmentId = Guid.Parse("0199a000-0000-7000-8000-0000000000e1"), sessionDate = Today, hours = 1 },
        };

        var first = await PushOkAsync(Partner(), "attendance", rows);
        var corrected = await PushOkAsync(Partner(), "attendance", new[] { new { externalId = "A-1", enrolmentExternalId = "E-1", sessionDate = Today.AddDays(1), hours = 6 } });

        // The AI-trainer item plans 80 hours: 8 + 7.5 + 24 + 24 = 63.5, so a third 24 would make 87.5.
        Assert.Equal(["created", "created", "rejected", "rejected", "created", "created", "rejected", "rejected", "rejected", "rejected"], Outcomes(first));
        Assert.Equal(["training.session_outside_class_period"], ErrorCodes(first, 2));
        Assert.Equal(["training.invalid_hours"], ErrorCodes(first, 3));
        Assert.Equal(["training.hours_exceed_planned"], ErrorCodes(first, 6));
        Assert.Equal(["row.unknown_reference"], ErrorCodes(first, 7));
        Assert.Equal(["partner_push.duplicate_session"], ErrorCodes(first, 8));
        Assert.Equal(["row.unknown_reference"], ErrorCodes(first, 9));
        Assert.Equal(["updated"], Outcomes(corrected));
        var enrolmentId = first.GetProperty("rows")[0].GetProperty("id").GetString();
        var classes = await ReadJson(await Partner().GetAsync($"{Classes}?catalogueItem={DemoData.AiTrainerItemId}", Cancel));
        var pushedClass = classes.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("openedByPartner").ValueKind != JsonValueKind.Null && IdOf(c) != DemoData.OnlineClassId);
        var enrolment = await ReadJson(await Partner().GetAsync($"{EnrolmentsOf(IdOf(pushedClass))}/{enrolmentId}", Cancel));
        Assert.Equal(61.5m, enrolment.GetProperty("attendedHours").GetDecimal());
    }

    [Fact]
    public async Task PushCompletions_MatchesEachAgainstItsEnrolment()
    {
        var rows = new object[]
        {
            new { externalId = "C-1", classId = DemoData.OnlineClassId, talentId = DemoData.EmployeeTalentId, result = "passed", completedOn = Today.AddDays(40) },
            new { externalId = "C-2", classId = DemoData.OnlineClassId, trainee = Trainee(DemoData.TalentIdentityNumber, withRegistration: false), result = "failed", completedOn = Today.AddDays(40) },
            new { externalId = "C-3", classId = DemoData.OnlineClassId, trainee = Trainee(withRegistration: false), result = "passed", completedOn = Today.AddDays(40) },
            new { externalId = "C-4", classId = DemoData.CareWorkerClassId, talentId = DemoData.TalentId, result = "passed", completedOn = Today },
        };

        var result = await PushOkAsync(Partner(), "completions", rows);

        Assert.Equal(["created", "created", "rejected", "rejected"], Outcomes(result));
        Assert.Equal(["row.unknown_reference"], ErrorCodes(result, 2));
        Assert.Equal(["row.unknown_reference"], ErrorCodes(result, 3));
        var completions = await ReadJson(await Partner().GetAsync(CompletionsOf(DemoData.OnlineClassId), Cancel));
        var byTalent = completions.GetProperty("items").EnumerateArray().ToDictionary(c => c.GetProperty("talentId").GetGuid());
        Assert.Equal("rejected", byTalent[DemoData.EmployeeTalentId].GetProperty("status").GetString());
        Assert.Equal(["attendance-below-required-hours"], byTalent[DemoData.EmployeeTalentId].GetProperty("mismatches").EnumerateArray().Select(m => m.GetString()).ToList());
        Assert.Equal(["not-enrolled"], byTalent[DemoData.TalentId].GetProperty("mismatches").EnumerateArray().Select(m => m.GetString()).ToList());

        var replay = await PushOkAsync(Partner(), "completions", rows[..2]);
        Assert.Equal(["unchanged", "unchanged"], Outcomes(replay));
        var corrected = await PushOkAsync(Partner(), "completions",
            new[] { new { externalId = "C-1", classId = DemoData.OnlineClassId, talentId = DemoData.EmployeeTalentId, result = "failed", completedOn = Today.AddDays(40) } });
        Assert.Equal(["updated"], Outcomes(corrected));
    }

    [Fact]
    public async Task PushCompletions_OfATalentWhoseCompletionTheInstitutionRecorded_IsRejectedAsAlreadyRecorded()
    {
        var school = await TrainingSchool();
        var recorded = await school.PostAsJsonAsync(CompletionsOf(DemoData.OnlineClassId),
            new { talentId = DemoData.TalentId, result = "passed", completedOn = Today.AddDays(40) }, Cancel);
        Assert.True(recorded.StatusCode == HttpStatusCode.Created, await recorded.Content.ReadAsStringAsync(Cancel));
        var url = recorded.Headers.Location!.ToString();

        var result = await PushOkAsync(Partner(), "completions", new[]
        {
            new { externalId = "C-1", classId = DemoData.OnlineClassId, trainee = Trainee(DemoData.TalentIdentityNumber, withRegistration: false), result = "failed", completedOn = Today.AddDays(40) },
        });

        Assert.Equal(["rejected"], Outcomes(result));
        Assert.Equal(["training.completion_already_recorded"], ErrorCodes(result, 0));
        Assert.Equal("trainee.identityNumber", result.GetProperty("rows")[0].GetProperty("errors")[0].GetProperty("field").GetString());
        var kept = await school.GetAsync(url, Cancel);
        Assert.Equal("passed", (await ReadJson(kept)).GetProperty("result").GetString());
        Assert.Equal("\"1\"", kept.Headers.ETag!.ToString());
    }

    [Fact]
    public async Task PushCompletions_OfATalentAlreadyCompletedUnderAnotherExternalId_IsRejectedAsAlreadyRecorded()
    {
        object Row(string externalId, string result) =>
            new { externalId, classId = DemoData.OnlineClassId, talentId = DemoData.EmployeeTalentId, result, completedOn = Today.AddDays(40) };
        await PushOkAsync(Partner(), "completions", new[] { Row("C-1", "passed") });

        var later = await PushOkAsync(Partner(), "completions", new[] { Row("C-2", "failed") });
        var sameBatch = await PushOkAsync(Partner(), "completions", new[] { Row("C-1", "failed"), Row("C-3", "passed") });

        Assert.Equal(["rejected"], Outcomes(later));
        Assert.Equal(["training.completion_already_recorded"], ErrorCodes(later, 0));
        Assert.Equal(["updated", "rejected"], Outcomes(sameBatch));
        Assert.Equal(["training.completion_already_recorded"], ErrorCodes(sameBatch, 1));
        var completions = await ReadJson(await Partner().GetAsync(CompletionsOf(DemoData.OnlineClassId), Cancel));
        var employees = completions.GetProperty("items").EnumerateArray().Where(c => c.GetProperty("talentId").GetGuid() == DemoData.EmployeeTalentId).ToList();
        Assert.Single(employees);
        Assert.Equal("failed", employees[0].GetProperty("result").GetString());
    }

    [Fact]
    public async Task PushCompletions_OfAnExternalIdMovedToAnotherTalentOrClass_IsRejectedAsImmutable()
    {
        var otherClass = IdOf(await PushedClassAsync("JX-C-60"));
        var first = await PushOkAsync(Partner(), "completions", new[]
        {
            new { externalId = "C-1", classId = DemoData.OnlineClassId, talentId = DemoData.EmployeeTalentId, result = "passed", completedOn = Today.AddDays(40) },
        });

        var toAnotherTalent = await PushOkAsync(Partner(), "completions", new object[]
        {
            new { externalId = "C-1", classId = DemoData.OnlineClassId, trainee = Trainee(DemoData.TalentIdentityNumber, withRegistration: false), result = "passed", completedOn = Today.AddDays(40) },
        });
        var toAnotherClass = await PushOkAsync(Partner(), "completions", new[]
        {
            new { externalId = "C-1", classId = otherClass, talentId = DemoData.EmployeeTalentId, result = "passed", completedOn = Today.AddDays(40) },
        });

        Assert.Equal(["partner_push.immutable_field"], ErrorCodes(toAnotherTalent, 0));
        Assert.Equal(["partner_push.immutable_field"], ErrorCodes(toAnotherClass, 0));
        Assert.Equal(0, toAnotherClass.GetProperty("created").GetInt32());
        var completions = await ReadJson(await Partner().GetAsync(CompletionsOf(DemoData.OnlineClassId), Cancel));
        var items = completions.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([first.GetProperty("rows")[0].GetProperty("id").GetString()], items.Select(c => c.GetProperty("id").GetString()).ToList());
        Assert.Equal(DemoData.EmployeeTalentId, items[0].GetProperty("talentId").GetGuid());
        var moved = await ReadJson(await Partner().GetAsync(CompletionsOf(otherClass), Cancel));
        Assert.Empty(moved.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task PushTrainingClasses_LoweringTheCapacityBelowThoseEnrolled_IsRejectedAndKeepsTheCapacity()
    {
        var pushed = await PushedClassAsync("JX-C-70", capacity: 3);
        await PushOkAsync(Partner(), "enrolments", new object[]
        {
            new { externalId = "E-1", classExternalId = "JX-C-70", talentId = DemoData.EmployeeTalentId },
            new { externalId = "E-2", classExternalId = "JX-C-70", trainee = Trainee(DemoData.TalentIdentityNumber, withRegistration: false) },
        });
        var url = $"{Classes}/{pushed.GetProperty("id").GetString()}";

        var lowered = await PushOkAsync(Partner(), "classes", new[] { ClassRow("JX-C-70", capacity: 1) });
        var again = await PushOkAsync(Partner(), "classes", new[] { ClassRow("JX-C-70", capacity: 1) });
        var kept = await ReadJson(await Partner().GetAsync(url, Cancel));
        var exact = await PushOkAsync(Partner(), "classes", new[] { ClassRow("JX-C-70", capacity: 2) });

        Assert.Equal(["rejected"], Outcomes(lowered));
        Assert.Equal(["training.capacity_below_enrolled"], ErrorCodes(lowered, 0));
        Assert.Equal("capacity", lowered.GetProperty("rows")[0].GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal(["rejected"], Outcomes(again));
        Assert.Equal(["training.capacity_below_enrolled"], ErrorCodes(again, 0));
        Assert.Equal(3, kept.GetProperty("capacity").GetInt32());
        Assert.Equal(["updated"], Outcomes(exact));
        var read = await ReadJson(await Partner().GetAsync(url, Cancel));
        Assert.Equal(2, read.GetProperty("capacity").GetInt32());
        Assert.Equal(0, read.GetProperty("seatsLeft").GetInt32());
    }

    [Fact]
    public async Task PushEnrolments_RegisteringATraineeWithAnUnknownDistrictCode_IsRejectedNamingTheField()
    {
        // A class row carries no district code: the only district a push names is the residence of a
        // trainee it registers.
        var pushed = await PushedClassAsync("JX-C-80");
        var trainee = new { documentType = "resident-identity-card", identityNumber = IdentityNumbers.NextResident(), name = "黄小梅", phone = "13812345678", residenceDistrictCode = "440499", origin = "local" };

        var result = await PushOkAsync(Partner(), "enrolments", new[] { new { externalId = "E-1", classExternalId = "JX-C-80", trainee } });

        Assert.Equal(["rejected"], Outcomes(result));
        Assert.Equal(["row.unknown_reference"], ErrorCodes(result, 0));
        Assert.Equal("trainee.residenceDistrictCode", result.GetProperty("rows")[0].GetProperty("errors")[0].GetProperty("field").GetString());
        var read = await ReadJson(await Partner().GetAsync($"{Classes}/{pushed.GetProperty("id").GetString()}", Cancel));
        Assert.Equal(0, read.GetProperty("enrolledCount").GetInt32());
        var lookup = await (await City()).PostAsJsonAsync("/api/v1/talent-lookups", new { documentType = "resident-identity-card", identityNumber = trainee.identityNumber }, Cancel);
        await AssertProblem(lookup, HttpStatusCode.NotFound, "talent.not_found");
    }

    [Fact]
    public async Task PushEnrolments_WithTheSameIdempotencyKey_ReplaysTheFirstAnswer()
    {
        await PushedClassAsync("JX-C-50");
        var rows = new[] { new { externalId = "E-1", classExternalId = "JX-C-50", talentId = DemoData.EmployeeTalentId } };

        var first = await PushOkAsync(Partner(), "enrolments", rows, "push-key-1");
        var replay = await PushAsync(Partner(), "enrolments", rows, "push-key-1");
        var reused = await PushAsync(Partner(), "enrolments", new[] { new { externalId = "E-2", classExternalId = "JX-C-50", talentId = DemoData.StudentTalentId } }, "push-key-1");

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        var replayed = await ReadJson(replay);
        Assert.Equal(["created"], Outcomes(replayed));
        Assert.Equal(first.ToString(), replayed.ToString());
        await AssertProblem(reused, HttpStatusCode.UnprocessableEntity, "idempotency.key_reused");
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"rows\":[]}")]
    [InlineData("{\"rows\":\"all\"}")]
    [InlineData("{\"rows\":[{\"externalId\":\"x\",\"capacity\":\"many\"}]}")]
    [InlineData("[1,2,3]")]
    public async Task PushTrainingClasses_WithABodyNotOfTheShape_Returns400(string json)
    {
        var response = await Partner().PostAsync($"{Pushes}/classes", RequestBodies.Json(json), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PushAttendance_WithMoreThanTenThousandRows_Returns400()
    {
        var rows = Enumerable.Range(0, 10_001).Select(i => new { externalId = $"A-{i}", enrolmentId = Guid.Empty, sessionDate = Today, hours = 1 }).ToList();

        var problem = await AssertProblem(await PushAsync(Partner(), "attendance", rows), HttpStatusCode.BadRequest, "validation.failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("rows", out _));
    }

    [Fact]
    public async Task PushEnrolments_WithABodyOverSixteenMebibytes_Returns413()
    {
        var json = "{\"rows\":[{\"externalId\":\"" + new string('x', 17 * 1024 * 1024) + "\"}]}";

        var response = await Partner().PostAsync($"{Pushes}/enrolments", RequestBodies.Json(json), Cancel);

        await AssertProblem(response, HttpStatusCode.RequestEntityTooLarge, "request.too_large");
    }

    [Theory]
    [InlineData("CityAdmin")]
    [InlineData("Institution")]
    [InlineData("DistrictAdmin")]
    [InlineData("Talent")]
    public async Task PartnerPushes_ByAnyoneButThePartner_Return403(string role)
    {
        var client = await Api.SignedInAs(role);
        foreach (var kind in (string[])["classes", "enrolments", "attendance", "completions"])
        {
            await AssertProblem(await PushAsync(client, kind, new[] { new { externalId = "x" } }), HttpStatusCode.Forbidden, "access.forbidden");
        }
    }

    [Fact]
    public async Task PartnerPushes_WithAnUnknownApiKey_Return401()
    {
        await AssertProblem(await PushAsync(Api.WithApiKey("za_unknown00000000000000000000000000000000"), "classes", new[] { ClassRow("x") }), HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }

    [Fact]
    public async Task PushEnrolments_OfAThousandRows_AreAllTaken()
    {
        var classes = Enumerable.Range(0, 5).Select(i => ClassRow($"BIG-{i}", capacity: 1000)).ToArray();
        await PushOkAsync(Partner(), "classes", classes);
        // A thousand distinct people: one birth date each.
        var rows = Enumerable.Range(0, 1000).Select(i => new { externalId = $"BIG-E-{i}", classExternalId = $"BIG-{i % 5}", trainee = Trainee(NumberBornOn(new DateOnly(1980, 1, 1).AddDays(i))) }).ToList();

        var result = await PushOkAsync(Partner(), "enrolments", rows);
        var replay = await PushOkAsync(Partner(), "enrolments", rows);

        Assert.Equal(1000, result.GetProperty("created").GetInt32());
        Assert.Equal(1000, replay.GetProperty("unchanged").GetInt32());
    }

    private static string NumberBornOn(DateOnly birth)
    {
        var first17 = $"440402{birth:yyyyMMdd}{Random.Shared.Next(100, 1000)}";
        return first17 + ZhuhaiArtisan.Domain.Talents.IdentityDocuments.IdentityDocumentRules.Mod112CheckCharacter(first17);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PartnerPushTestsOnSqlite(SqliteApiFactory api) : PartnerPushTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class PartnerPushTestsOnPostgreSql(PostgreSqlApiFactory api) : PartnerPushTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class PartnerPushTestsOnSqlServer(SqlServerApiFactory api) : PartnerPushTests(api);
