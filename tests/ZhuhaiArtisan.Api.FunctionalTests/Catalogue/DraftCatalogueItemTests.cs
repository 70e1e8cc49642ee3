using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ZhuhaiArtisan.Api.FunctionalTests.Builders;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Catalogue;

/// <summary>Who may draft an item, what it holds, and every kind of bad input.</summary>
public abstract class DraftCatalogueItemTests(ApiFactory api) : CatalogueFunctionalTest(api)
{
    [Fact]
    public async Task DraftCatalogueItem_ByAQualifiedCollege_Returns201WithLocationETagAndTheDraft()
    {
        var college = await College();
        var today = ChinaCalendar.Today();
        var request = new CatalogueItemRequestBuilder()
            .Titled("电工（高级工）新型学徒制培训").InOccupation("6-31-01-03").AtLevel("senior").OfType("new-apprenticeship")
            .WithHours(120, 240).Costing(4200.5m).DeliveredBy("blended").Serving("smart-appliances", "new-energy", "smart-appliances")
            .UrgentlyNeeded().NewOccupation().ValidBetween(today, today.AddMonths(6));

        var response = await college.PostAsJsonAsync(Items, request.Build(), Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var item = await ReadJson(response);
        var id = item.GetProperty("id").GetString();
        Assert.Equal($"/api/v1/catalogue-items/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", response.Headers.ETag?.ToString());
        Assert.Equal(DemoData.VocationalCollegeId.ToString(), item.GetProperty("institutionId").GetString());
        Assert.Equal("电工（高级工）新型学徒制培训", item.GetProperty("title").GetString());
        Assert.Equal("6-31-01-03", item.GetProperty("occupationCode").GetString());
        Assert.Equal("senior", item.GetProperty("skillLevel").GetString());
        Assert.Equal("new-apprenticeship", item.GetProperty("trainingType").GetString());
        Assert.Equal((120, 240, 360), (item.GetProperty("theoryHours").GetInt32(), item.GetProperty("practiceHours").GetInt32(), item.GetProperty("totalHours").GetInt32()));
        Assert.Equal("4200.50", item.GetProperty("feePerPerson").GetRawText());
        Assert.Equal("blended", item.GetProperty("deliveryMode").GetString());
        Assert.Equal(["new-energy", "smart-appliances"], item.GetProperty("clusters").EnumerateArray().Select(c => c.GetString()));
        Assert.True(item.GetProperty("isUrgentlyNeeded").GetBoolean());
        Assert.True(item.GetProperty("isNewOccupation").GetBoolean());
        Assert.Equal(today.ToString("yyyy-MM-dd"), item.GetProperty("validFrom").GetString());
        Assert.Equal("draft", item.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("subsidyPerPerson").ValueKind);
        Assert.Equal(JsonValueKind.Null, item.GetProperty("lastPublishedEdition").ValueKind);
        Assert.Equal(1, item.GetProperty("version").GetInt32());

        var read = await college.GetAsync(response.Headers.Location, Cancel);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var stored = await ReadJson(read);
        foreach (var field in (string[])["title", "occupationCode", "skillLevel", "trainingType", "totalHours", "feePerPerson", "deliveryMode", "clusters", "validFrom", "validUntil", "status", "version"])
        {
            Assert.Equal(item.GetProperty(field).GetRawText(), stored.GetProperty(field).GetRawText());
        }
    }

    [Fact]
    public async Task DraftCatalogueItem_IsAuditedWithTheInstitutionAsActor()
    {
        var college = await College();
        var id = (await DraftAsync(college)).GetProperty("id").GetString();

        var audit = await ReadJson(await (await City()).GetAsync($"/api/v1/audit-entries?action=DraftCatalogueItem&entityId={id}", Cancel));

        var entry = Assert.Single(audit.GetProperty("items").EnumerateArray());
        Assert.Equal("CatalogueItem", entry.GetProperty("entityType").GetString());
        Assert.Equal(("institution-user", "Institution"), (entry.GetProperty("actor").GetString(), entry.GetProperty("actorRole").GetString()));
        Assert.Equal("Draft", entry.GetProperty("after").GetProperty("status").GetString());
    }

    [Fact]
    public async Task DraftCatalogueItem_WhenTheSubsidyIsSentAlong_IgnoresIt()
    {
        var college = await College();
        var body = RequestBodies.With(new CatalogueItemRequestBuilder().Build(), "subsidyPerPerson", "2600");

        var response = await college.PostAsync(Items, body, Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await ReadJson(response)).GetProperty("subsidyPerPerson").ValueKind);
    }

    [Fact]
    public async Task DraftCatalogueItem_WithTheSameIdempotencyKey_CreatesOneItem()
    {
        var college = await College();
        var key = Guid.NewGuid().ToString();

        var first = await PostWithKey(college, new CatalogueItemRequestBuilder().Build(), key);
        var second = await PostWithKey(college, new CatalogueItemRequestBuilder().Build(), key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(Cancel), await second.Content.ReadAsStringAsync(Cancel));
        Assert.True(second.Headers.Contains("Idempotent-Replayed"));
        var own = await ReadJson(await college.GetAsync($"{Items}?status=draft", Cancel));
        Assert.Single(own.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task DraftCatalogueItem_ByAnInstitutionWithoutAQualification_Returns409WithCodeCatalogueInstitutionNotQualified()
    {
        var city = await City();
        var registered = await city.PostAsJsonAsync("/api/v1/organizations",
            new RegisterOrganizationRequestBuilder().OfType("training-institution").WithName("珠海无资质培训学校").Build(), Cancel);
        var organizationId = (await ReadJson(registered)).GetProperty("id").GetString();
        var unqualified = await Api.SignedInAs("Institution", new { subject = $"school-{organizationId}", org = organizationId });

        var response = await unqualified.PostAsJsonAsync(Items, new CatalogueItemRequestBuilder().Build(), Cancel);

        await AssertProblem(response, HttpStatusCode.Conflict, "catalogue.institution_not_qualified");
    }

    [Fact]
    public async Task DraftCatalogueItem_ByASchoolWhoseQualificationHasRunOut_Returns409()
    {
        var city = await City();
        var etag = (await city.GetAsync($"/api/v1/organizations/{DemoData.TechnicalSchoolId}", Cancel)).Headers.ETag!.ToString();
        var today = ChinaCalendar.Today();
        var labels = await SendAsync(city, HttpMethod.Put, $"/api/v1/organizations/{DemoData.TechnicalSchoolId}/labels", new
        {
            isKeyIndustryEnterprise = false,
            isKeyIndustryInnovationEmployer = false,
            isIndustryEducationIntegrationEnterprise = false,
            isPrivateInstitution = false,
            trainingQualification = new { validFrom = today.AddYears(-2), validUntil = today.AddDays(-1) },
        }, etag);
        Assert.Equal(HttpStatusCode.OK, labels.StatusCode);
        var technicalSchool = await Api.SignedInAs("Institution", new { subject = "tech-school-user", org = DemoData.TechnicalSchoolId.ToString() });

        var response = await technicalSchool.PostAsJsonAsync(Items, new CatalogueItemRequestBuilder().Build(), Cancel);

        await AssertProblem(response, HttpStatusCode.Conflict, "catalogue.institution_not_qualified");
    }

    [Theory]
    [InlineData("CityAdmin")]
    [InlineData("Enterprise")]
    [InlineData("DistrictAdmin")]
    [InlineData("Talent")]
    public async Task DraftCatalogueItem_WhenTheCallerIsNotAnInstitution_Returns403(string role)
    {
        var caller = await Api.SignedInAs(role);

        var response = await caller.PostAsJsonAsync(Items, new CatalogueItemRequestBuilder().Build(), Cancel);

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Fact]
    public async Task DraftCatalogueItem_WhenAPartnerCalls_Returns403()
    {
        var response = await Api.WithApiKey(DemoData.PartnerApiKey).PostAsJsonAsync(Items, new CatalogueItemRequestBuilder().Build(), Cancel);

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Fact]
    public async Task DraftCatalogueItem_WhenAnonymous_Returns401()
    {
        var response = await Api.Anonymous().PostAsJsonAsync(Items, new CatalogueItemRequestBuilder().Build(), Cancel);

        await AssertProblem(response, HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }

    [Fact]
    public async Task DraftCatalogueItem_WhenFieldsAreMissing_Returns400NamingEachField()
    {
        var response = await (await College()).PostAsJsonAsync(Items, new { }, Cancel);

        var errors = (await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed")).GetProperty("errors");
        foreach (var field in (string[])["title", "occupationCode", "skillLevel", "trainingType", "theoryHours", "practiceHours", "feePerPerson",
                     "deliveryMode", "clusters", "isUrgentlyNeeded", "isNewOccupation", "validFrom", "validUntil"])
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field} missing from {errors}");
        }
    }

    [Theory]
    [InlineData("theoryHours", "\"forty\"")]
    [InlineData("theoryHours", "40.5")]
    [InlineData("theoryHours", "99999999999")]
    [InlineData("feePerPerson", "\"2600\"")]
    [InlineData("feePerPerson", "1e400")]
    [InlineData("trainingType", "\"bribery\"")]
    [InlineData("trainingType", "0")]
    [InlineData("deliveryMode", "\"by-carrier-pigeon\"")]
    [InlineData("clusters", "\"new-energy\"")]
    [InlineData("isUrgentlyNeeded", "\"yes\"")]
    [InlineData("validFrom", "\"2026-02-30\"")]
    [InlineData("validUntil", "20271231")]
    [InlineData("title", "{\"zh\": \"焊工\"}")]
    public async Task DraftCatalogueItem_WhenJsonHasWrongTypes_Returns400NamingTheField(string field, string json)
    {
        var response = await (await College()).PostAsync(Items, RequestBodies.With(new CatalogueItemRequestBuilder().Build(), field, json), Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "request.malformed");
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    public static TheoryData<string, string> OutOfShapeValues => new()
    {
        { "title", "\"   \"" },
        { "title", RequestBodies.StringOfLength(129) },
        { "title", "\"焊工\\u0007培训\"" },
        { "occupationCode", "\"6-18-2-4\"" },
        { "occupationCode", "\"618024\"" },
        { "occupationCode", "\"9-18-02-04\"" },
        { "skillLevel", "\"grandmaster\"" },
        { "skillLevel", "\"chief-technician\"" },
        { "skillLevel", "\"principal-technician\"" },
        { "theoryHours", "-1" },
        { "practiceHours", "-8" },
        { "theoryHours", "5001" },
        { "practiceHours", "2147483647" },
        { "feePerPerson", "-2600" },
        { "feePerPerson", "0" },
        { "feePerPerson", "2600.005" },
        { "feePerPerson", "1000000.01" },
        { "feePerPerson", "79228162514264337593543950335" },
        { "clusters", "[]" },
        { "clusters", "[\"new-energy\", \"semiconductors\"]" },
        { "clusters", "[\"New-Energy\"]" },
        { "clusters", "[null]" },
        { "validUntil", "\"2020-01-01\"" },
    };

    [Theory]
    [MemberData(nameof(OutOfShapeValues))]
    public async Task DraftCatalogueItem_WhenAValueIsOutOfShape_Returns400NamingTheField(string field, string json)
    {
        var response = await (await College()).PostAsync(Items, RequestBodies.With(new CatalogueItemRequestBuilder().Build(), field, json), Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
        Assert.True(problem.GetProperty("errors").EnumerateObject().Any(e => e.Name.StartsWith(field, StringComparison.Ordinal)), problem.ToString());
    }

    [Fact]
    public async Task DraftCatalogueItem_WhenNeitherTheoryNorPracticeHasHours_Returns400()
    {
        var response = await (await College()).PostAsJsonAsync(Items, new CatalogueItemRequestBuilder().WithHours(0, 0).Build(), Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("theoryHours", out _), problem.ToString());
    }

    [Fact]
    public async Task DraftCatalogueItem_WhenTheValidityIsReversed_Returns400NamingValidUntil()
    {
        var today = ChinaCalendar.Today();

        var response = await (await College()).PostAsJsonAsync(Items, new CatalogueItemRequestBuilder().ValidBetween(today.AddMonths(3), today.AddMonths(1)).Build(), Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("validUntil", out _), problem.ToString());
    }

    [Theory]
    [InlineData("6-99-99-99")]
    [InlineData("1-01-00-00")]
    public async Task DraftCatalogueItem_WhenTheOccupationIsUnknown_Returns400NamingOccupationCode(string code)
    {
        var response = await (await College()).PostAsJsonAsync(Items, new CatalogueItemRequestBuilder().InOccupation(code).Build(), Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("occupationCode", out _), problem.ToString());
    }

    [Fact]
    public async Task DraftCatalogueItem_WhenValuesAreAtTheirLimits_Returns201()
    {
        var request = new CatalogueItemRequestBuilder().Titled(new string('焊', 128)).WithHours(5000, 0).Costing(1_000_000m)
            .Serving("next-gen-it", "new-energy", "integrated-circuits", "biomedicine-health", "smart-appliances", "equipment-manufacturing", "fine-chemicals");

        var response = await (await College()).PostAsJsonAsync(Items, request.Build(), Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("1000000.00", (await ReadJson(response)).GetProperty("feePerPerson").GetRawText());
    }

    private static async Task<HttpResponseMessage> PostWithKey(HttpClient client, object body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Items) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return await client.SendAsync(request, Cancel);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DraftCatalogueItemTestsOnSqlite(SqliteApiFactory api) : DraftCatalogueItemTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class DraftCatalogueItemTestsOnPostgreSql(PostgreSqlApiFactory api) : DraftCatalogueItemTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class DraftCatalogueItemTestsOnSqlServer(SqlServerApiFactory api) : DraftCatalogueItemTests(api);
