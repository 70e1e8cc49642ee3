using System.Net;
using System.Net.Http.Json;
using ZhuhaiArtisan.Api.FunctionalTests.Builders;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Training;

public abstract class EnrolTalentTests(ApiFactory api) : TrainingFunctionalTest(api)
{
    [Fact]
    public async Task EnrolTalent_ByTheIdOfItsStudent_Returns201AndTakesASeat()
    {
        var college = await College();
        var classId = await CollegeClassAsync(capacity: 5);

        var response = await college.PostAsJsonAsync(EnrolmentsOf(classId), new { talentId = DemoData.StudentTalentId }, Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var enrolment = await ReadJson(response);
        Assert.Equal($"{EnrolmentsOf(classId)}/{IdOf(enrolment)}", response.Headers.Location!.ToString());
        Assert.Equal("阿卜杜拉·买买提", enrolment.GetProperty("talentName").GetString());
        Assert.Equal("650102********1230", enrolment.GetProperty("identityNumberMasked").GetString());
        Assert.Equal(0m, enrolment.GetProperty("attendedHours").GetDecimal());
        var trainingClass = await ReadJson(await college.GetAsync($"{Classes}/{classId}", Cancel));
        Assert.Equal(1, trainingClass.GetProperty("enrolledCount").GetInt32());
        Assert.Equal(4, trainingClass.GetProperty("seatsLeft").GetInt32());
    }

    [Fact]
    public async Task EnrolTalent_ByTheIdentityNumberOfARegisteredTalent_LinksToThatTalent()
    {
        var enrolment = await EnrolAsync(await College(), await CollegeClassAsync(), new { trainee = Trainee(DemoData.TalentIdentityNumber, withRegistration: false) });

        Assert.Equal(DemoData.TalentId, Guid.Parse(enrolment.GetProperty("talentId").GetString()!));
    }

    [Fact]
    public async Task EnrolTalent_ByTheIdentityNumberOfSomeoneNew_RegistersTheTalentWithTheContractAsLegalBasis()
    {
        var number = IdentityNumbers.NextResident();
        var enrolment = await EnrolAsync(await College(), await CollegeClassAsync(), new { trainee = Trainee(number) });

        var talent = await ReadJson(await (await City()).GetAsync($"/api/v1/talents/{enrolment.GetProperty("talentId").GetString()}", Cancel));
        Assert.Equal("黄小梅", talent.GetProperty("name").GetString());
        Assert.Equal("contract-performance", talent.GetProperty("recordedBy").GetProperty("legalBasis").GetString());
        Assert.Equal(DemoData.VocationalCollegeId, Guid.Parse(talent.GetProperty("recordedBy").GetProperty("recordedByOrganization").GetString()!));
        Assert.DoesNotContain(number, enrolment.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnrolTalent_SomeoneNewWithoutTheirDetails_Returns400NamingEachMissingField()
    {
        var response = await (await College()).PostAsJsonAsync(EnrolmentsOf(await CollegeClassAsync()), new { trainee = Trainee(withRegistration: false) }, Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
        var errors = problem.GetProperty("errors");
        foreach (var field in (string[])["trainee.name", "trainee.phone", "trainee.residenceDistrictCode", "trainee.origin"])
        {
            Assert.True(errors.TryGetProperty(field, out _), problem.ToString());
        }
    }

    [Fact]
    public async Task EnrolTalent_RepeatedWithTheSameIdempotencyKey_EnrolsOnceAndReplaysTheAnswer()
    {
        var college = await College();
        var classId = await CollegeClassAsync();
        HttpRequestMessage Request()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, EnrolmentsOf(classId)) { Content = JsonContent.Create(new { trainee = Trainee(DemoData.TalentIdentityNumber, withRegistration: false) }) };
            request.Headers.Add("Idempotency-Key", "enrol-once");
            return request;
        }

        var first = await college.SendAsync(Request(), Cancel);
        var again = await college.SendAsync(Request(), Cancel);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(IdOf(await ReadJson(first)), IdOf(await ReadJson(again)));
        var trainingClass = await ReadJson(await college.GetAsync($"{Classes}/{classId}", Cancel));
        Assert.Equal(1, trainingClass.GetProperty("enrolledCount").GetInt32());
    }

    [Fact]
    public async Task EnrolTalent_WhenTheClassIsFull_Returns409WithCodeTrainingClassFull()
    {
        var college = await College();
        var classId = await CollegeClassAsync(capacity: 1);
        await EnrolAsync(college, classId, new { trainee = Trainee(DemoData.TalentIdentityNumber, withRegistration: false) });

        var response = await college.PostAsJsonAsync(EnrolmentsOf(classId), new { talentId = DemoData.StudentTalentId }, Cancel);

        await AssertProblem(response, HttpStatusCode.Conflict, "training.class_full");
    }

    [Fact]
    public async Task EnrolTalent_TwiceTheSameTalent_Returns409WithCodeTrainingAlreadyEnrolled()
    {
        var college = await College();
        var classId = await CollegeClassAsync();
        await EnrolAsync(college, classId, new { trainee = Trainee(DemoData.TalentIdentityNumber, withRegistration: false) });

        var response = await college.PostAsJsonAsync(EnrolmentsOf(classId), new { trainee = Trainee(DemoData.TalentIdentityNumber, withRegistration: false) }, Cancel);

        await AssertProblem(response, HttpStatusCode.Conflict, "training.already_enrolled");
    }

    [Fact]
    public async Task EnrolTalent_AfterTheClassEnded_Returns409WithCodeTrainingClassEnded()
    {
        var response = await (await TrainingSchool()).PostAsJsonAsync(EnrolmentsOf(DemoData.CareWorkerClassId), new { trainee = Trainee() }, Cancel);

        await AssertProblem(response, HttpStatusCode.Conflict, "training.class_ended");
    }

    [Fact]
    public async Task EnrolTalent_WhenTheItemWasSuspendedSinceTheClassOpened_Returns409WithCodeTrainingItemNotAcceptingEnrolment()
    {
        var classId = await CollegeClassAsync();
        var city = await City();
        var item = $"/api/v1/catalogue-items/{DemoData.WelderItemId}";
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(city, HttpMethod.Post, $"{item}/suspension", new { reason = "核查期间暂停" }, await ETagOf(city, item))).StatusCode);

        var response = await (await College()).PostAsJsonAsync(EnrolmentsOf(classId), new { trainee = Trainee(DemoData.TalentIdentityNumber, withRegistration: false) }, Cancel);

        await AssertProblem(response, HttpStatusCode.Conflict, "training.item_not_accepting_enrolment");
    }

    [Fact]
    public async Task EnrolTalent_AnUnknownTalentId_Returns404()
    {
        var response = await (await College()).PostAsJsonAsync(EnrolmentsOf(await CollegeClassAsync()), new { talentId = Guid.CreateVersion7() }, Cancel);

        await AssertProblem(response, HttpStatusCode.NotFound, "talent.not_found");
    }

    [Fact]
    public async Task EnrolTalent_ByTheIdOfSomeoneTheInstitutionDoesNotSee_Returns404LikeAnUnknownId()
    {
        var college = await College();
        var classId = await CollegeClassAsync();

        var response = await college.PostAsJsonAsync(EnrolmentsOf(classId), new { talentId = DemoData.TalentId }, Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.NotFound, "talent.not_found");
        Assert.DoesNotContain("林晓峰", problem.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, (await ReadJson(await college.GetAsync($"{Classes}/{classId}", Cancel))).GetProperty("enrolledCount").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await college.GetAsync($"/api/v1/talents/{DemoData.TalentId}", Cancel)).StatusCode);
    }

    [Fact]
    public async Task EnrolTalent_ByThePartner_ByTheIdOfATraineeItEnrolledBefore_Returns201_AndOfAStranger_Returns404()
    {
        var pushed = await EnrolAsync(Partner(), DemoData.OnlineClassId, new { trainee = Trainee() });
        var secondClass = IdOf((await ReadJson(await Partner().PostAsJsonAsync(Pushes + "/classes", new
        {
            rows = new[] { new { externalId = "SECOND-ONLINE", catalogueItemId = DemoData.AiTrainerItemId, startDate = Today.AddDays(1), endDate = Today.AddDays(20), capacity = 10 } },
        }, Cancel))).GetProperty("rows")[0]);

        var again = await Partner().PostAsJsonAsync(EnrolmentsOf(secondClass), new { talentId = pushed.GetProperty("talentId").GetGuid() }, Cancel);
        var stranger = await Partner().PostAsJsonAsync(EnrolmentsOf(secondClass), new { talentId = DemoData.TalentId }, Cancel);

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        await AssertProblem(stranger, HttpStatusCode.NotFound, "talent.not_found");
    }

    [Theory]
    [InlineData("{}", "talentId")]
    [InlineData("{\"talentId\":\"0199a000-0000-7000-8000-0000000000b1\",\"trainee\":{\"documentType\":\"resident-identity-card\",\"identityNumber\":\"440402199203150015\"}}", "talentId")]
    [InlineData("{\"trainee\":{\"documentType\":\"resident-identity-card\",\"identityNumber\":\"440402199203150016\"}}", "trainee.identityNumber")]
    [InlineData("{\"trainee\":{\"documentType\":\"passport\",\"identityNumber\":\"440402199203150015\"}}", "trainee.documentType")]
    [InlineData("{\"trainee\":{\"identityNumber\":\"440402199203150015\"}}", "trainee.documentType")]
    [InlineData("{\"talentId\":\"00000000-0000-0000-0000-000000000000\"}", "talentId")]
    [InlineData("{\"talentId\":12}", "talentId")]
    public async Task EnrolTalent_WithBadInput_Returns400NamingTheField(string json, string field)
    {
        var response = await (await College()).PostAsync(EnrolmentsOf(await CollegeClassAsync()), RequestBodies.Json(json), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ReadJson(response);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task EnrolTalent_InAnotherInstitutionsClass_Returns404()
    {
        var response = await (await College()).PostAsJsonAsync(EnrolmentsOf(DemoData.CareWorkerClassId), new { trainee = Trainee(DemoData.TalentIdentityNumber, withRegistration: false) }, Cancel);

        await AssertProblem(response, HttpStatusCode.NotFound, "training_class.not_found");
    }

    [Fact]
    public async Task EnrolTalent_ByThePartnerInAnInstitutionsOfflineClass_Returns404()
    {
        var response = await Partner().PostAsJsonAsync(EnrolmentsOf(await CollegeClassAsync()), new { trainee = Trainee(DemoData.TalentIdentityNumber, withRegistration: false) }, Cancel);

        await AssertProblem(response, HttpStatusCode.NotFound, "training_class.not_found");
    }

    [Fact]
    public async Task EnrolTalent_ByThePartnerInAnOnlineClass_Returns201()
    {
        var enrolment = await EnrolAsync(Partner(), DemoData.OnlineClassId, new { trainee = Trainee(DemoData.TalentIdentityNumber, withRegistration: false) });

        Assert.Equal(DemoData.PartnerClientId, Guid.Parse(enrolment.GetProperty("pushedByPartner").GetString()!));
    }

    [Theory]
    [InlineData("CityAdmin")]
    [InlineData("DistrictAdmin")]
    public async Task EnrolTalent_ByTheCityOrADistrict_Returns403(string role)
    {
        var response = await (await Api.SignedInAs(role)).PostAsJsonAsync(EnrolmentsOf(DemoData.OnlineClassId), new { trainee = Trainee(DemoData.TalentIdentityNumber, withRegistration: false) }, Cancel);

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Fact]
    public async Task EnrolTalent_WithAMalformedClassId_Returns404()
    {
        var response = await (await College()).PostAsJsonAsync($"{Classes}/not-a-guid/enrolments", new { trainee = Trainee(DemoData.TalentIdentityNumber, withRegistration: false) }, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class EnrolTalentTestsOnSqlite(SqliteApiFactory api) : EnrolTalentTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class EnrolTalentTestsOnPostgreSql(PostgreSqlApiFactory api) : EnrolTalentTests(api)
{
    /// <summary>Two enrolments race for the last seat on a real server: exactly one gets it.</summary>
    [Fact]
    public async Task EnrolTalent_TwoAtOnceForTheLastSeat_OneIs201AndTheOther409()
    {
        var college = await College();
        var classId = await CollegeClassAsync(capacity: 1);

        for (var round = 0; round < 3; round++)
        {
            var responses = await Task.WhenAll(
                college.PostAsJsonAsync(EnrolmentsOf(classId), new { trainee = Trainee(DemoData.TalentIdentityNumber, withRegistration: false) }, Cancel),
                college.PostAsJsonAsync(EnrolmentsOf(classId), new { talentId = DemoData.StudentTalentId }, Cancel));

            var statuses = responses.Select(r => r.StatusCode).OrderBy(s => s).ToList();
            if (round == 0)
            {
                Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], statuses);
                var loser = responses.Single(r => r.StatusCode == HttpStatusCode.Conflict);
                await AssertProblem(loser, HttpStatusCode.Conflict, "training.class_full");
            }
            else
            {
                Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Conflict, s));
            }
        }

        var trainingClass = await ReadJson(await college.GetAsync($"{Classes}/{classId}", Cancel));
        Assert.Equal(1, trainingClass.GetProperty("enrolledCount").GetInt32());
        var enrolments = await ReadJson(await college.GetAsync(EnrolmentsOf(classId), Cancel));
        Assert.Single(enrolments.GetProperty("items").EnumerateArray());
    }
}

[Collection(SqlServerCollection.Name)]
public sealed class EnrolTalentTestsOnSqlServer(SqlServerApiFactory api) : EnrolTalentTests(api);
