using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ZhuhaiArtisan.Api.FunctionalTests.Builders;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Organizations;

public abstract class OrganizationTests(ApiFactory api) : FunctionalTest(api)
{
    private const string Url = "/api/v1/organizations";

    [Fact]
    public async Task RegisterOrganization_WhenCityAdmin_Returns201WithLocationETagAndAuditEntry()
    {
        var admin = await Api.SignedInAs("CityAdmin");
        var request = new RegisterOrganizationRequestBuilder().Build();

        var response = await admin.PostAsJsonAsync(Url, request, Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        var organization = await ReadJson(response);
        var id = organization.GetProperty("id").GetString();
        Assert.Equal($"/api/v1/organizations/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("黄·阿依古丽", organization.GetProperty("contact").GetProperty("contactName").GetString());

        var audit = await ReadJson(await admin.GetAsync($"/api/v1/audit-entries?entityType=Organization&entityId={id}", Cancel));
        var entry = Assert.Single(audit.GetProperty("items").EnumerateArray());
        Assert.Equal("RegisterOrganization", entry.GetProperty("action").GetString());
        Assert.Equal("city-admin", entry.GetProperty("actor").GetString());
        Assert.Equal("CityAdmin", entry.GetProperty("actorRole").GetString());
        // Personal information is masked in the audit trail.
        Assert.Equal("139****5678", entry.GetProperty("after").GetProperty("contact.contactPhone").GetString());
    }

    [Fact]
    public async Task RegisterOrganization_WhenDistrictAdminOfItsDistrict_Returns201()
    {
        var districtAdmin = await Api.SignedInAs("DistrictAdmin");

        var response = await districtAdmin.PostAsJsonAsync(Url, new RegisterOrganizationRequestBuilder().InDistrict(DemoData.DistrictCode).Build(), Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task RegisterOrganization_WhenDistrictAdminOfAnotherDistrict_Returns403()
    {
        var districtAdmin = await Api.SignedInAs("DistrictAdmin");

        var response = await districtAdmin.PostAsJsonAsync(Url, new RegisterOrganizationRequestBuilder().InDistrict("440403").Build(), Cancel);

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Theory]
    [InlineData("Enterprise")]
    [InlineData("Institution")]
    public async Task RegisterOrganization_WhenCallerIsAnOrganization_Returns403(string role)
    {
        var client = await Api.SignedInAs(role);

        var response = await client.PostAsJsonAsync(Url, new RegisterOrganizationRequestBuilder().Build(), Cancel);

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Theory]
    [InlineData("Talent")]
    [InlineData("Partner")]
    public async Task RegisterOrganization_WhenRoleMayNotTouchOrganizations_Returns403(string role)
    {
        var client = await Api.SignedInAs(role);

        var response = await client.PostAsJsonAsync(Url, new RegisterOrganizationRequestBuilder().Build(), Cancel);

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Fact]
    public async Task RegisterOrganization_WhenAnonymous_Returns401()
    {
        var response = await Api.Anonymous().PostAsJsonAsync(Url, new RegisterOrganizationRequestBuilder().Build(), Cancel);

        await AssertProblem(response, HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }

    [Fact]
    public async Task RegisterOrganization_WhenCheckCharacterIsWrong_Returns400NamingCreditCode()
    {
        var admin = await Api.SignedInAs("CityAdmin");
        var request = new RegisterOrganizationRequestBuilder().WithCreditCode(CreditCodes.WithWrongCheckCharacter(CreditCodes.Next())).Build();

        var response = await admin.PostAsJsonAsync(Url, request, Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
        Assert.Contains("check character", problem.GetProperty("errors").GetProperty("creditCode")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("91440400MA0DM0001")]
    [InlineData("91440400MA0DM0001XX")]
    [InlineData("91440400MA0DMO001X")]
    [InlineData("9144O400MA0DM0001X")]
    public async Task RegisterOrganization_WhenCreditCodeIsMalformed_Returns400NamingCreditCode(string code)
    {
        var admin = await Api.SignedInAs("CityAdmin");

        var response = await admin.PostAsJsonAsync(Url, new RegisterOrganizationRequestBuilder().WithCreditCode(code).Build(), Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("creditCode", out _));
    }

    [Fact]
    public async Task RegisterOrganization_WhenFieldsAreMissing_Returns400NamingEachField()
    {
        var admin = await Api.SignedInAs("CityAdmin");

        var response = await admin.PostAsJsonAsync(Url, new { }, Cancel);

        var errors = (await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed")).GetProperty("errors");
        foreach (var field in (string[])["creditCode", "name", "type", "districtCode", "contact"])
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field} missing from {errors}");
        }
    }

    [Fact]
    public async Task RegisterOrganization_WhenNestedFieldsAreInvalid_Returns400WithTheirPaths()
    {
        var admin = await Api.SignedInAs("CityAdmin");
        var request = new
        {
            creditCode = CreditCodes.Next(),
            name = new string('名', 129),
            type = "enterprise",
            districtCode = "440402",
            clusters = new[] { "steel" },
            contact = new { contactName = "", contactPhone = "12345", address = "地址" },
        };

        var response = await admin.PostAsJsonAsync(Url, request, Cancel);

        var errors = (await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed")).GetProperty("errors");
        foreach (var field in (string[])["name", "clusters[0]", "contact.contactName", "contact.contactPhone"])
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field} missing from {errors}");
        }
    }

    [Theory]
    [InlineData("""{"creditCode": 12345, "name": "x"}""", "creditCode")]
    [InlineData("""{"type": "bakery"}""", "type")]
    [InlineData("""{"type": 1}""", "type")]
    [InlineData("""{"clusters": "new-energy"}""", "clusters")]
    public async Task RegisterOrganization_WhenJsonHasWrongTypes_Returns400NamingTheField(string json, string field)
    {
        var admin = await Api.SignedInAs("CityAdmin");

        var response = await admin.PostAsync(Url, new StringContent(json, Encoding.UTF8, "application/json"), Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "request.malformed");
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task RegisterOrganization_WhenBodyIsNotJson_Returns400()
    {
        var admin = await Api.SignedInAs("CityAdmin");

        var response = await admin.PostAsync(Url, new StringContent("{not json", Encoding.UTF8, "application/json"), Cancel);

        await AssertProblem(response, HttpStatusCode.BadRequest, "request.malformed");
    }

    [Fact]
    public async Task RegisterOrganization_WhenBodyIsOverTheSizeLimit_Returns413()
    {
        var admin = await Api.SignedInAs("CityAdmin");
        var huge = $$"""{"name": "{{new string('x', 1_100_000)}}"}""";

        var response = await admin.PostAsync(Url, new StringContent(huge, Encoding.UTF8, "application/json"), Cancel);

        await AssertProblem(response, HttpStatusCode.RequestEntityTooLarge, "request.too_large");
    }

    [Fact]
    public async Task RegisterOrganization_WhenDistrictIsUnknown_Returns400NamingDistrictCode()
    {
        var admin = await Api.SignedInAs("CityAdmin");

        var response = await admin.PostAsJsonAsync(Url, new RegisterOrganizationRequestBuilder().InDistrict("440499").Build(), Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("districtCode", out _));
    }

    [Fact]
    public async Task RegisterOrganization_WhenCreditCodeIsAlreadyRegistered_Returns409()
    {
        var admin = await Api.SignedInAs("CityAdmin");
        var code = CreditCodes.Next();
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync(Url, new RegisterOrganizationRequestBuilder().WithCreditCode(code).Build(), Cancel)).StatusCode);

        var response = await admin.PostAsJsonAsync(Url, new RegisterOrganizationRequestBuilder().WithCreditCode(code).WithName("另一家公司").Build(), Cancel);

        await AssertProblem(response, HttpStatusCode.Conflict, "organization.duplicate_credit_code");
    }

    [Fact]
    public async Task RegisterOrganization_WhenNameHasRareCharactersAndMiddleDot_KeepsThemExactly()
    {
        var admin = await Api.SignedInAs("CityAdmin");
        const string name = "珠海𠀾𪚥·阿卜杜拉技术服务中心";

        var response = await admin.PostAsJsonAsync(Url, new RegisterOrganizationRequestBuilder().WithName(name).Build(), Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await ReadJson(response)).GetProperty("id").GetString();
        var read = await ReadJson(await admin.GetAsync($"{Url}/{id}", Cancel));
        Assert.Equal(name, read.GetProperty("name").GetString());
    }

    [Fact]
    public async Task RegisterOrganization_WhenAcceptLanguageIsEnglish_ProblemTitleIsEnglish()
    {
        var admin = await Api.SignedInAs("CityAdmin");
        using var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = JsonContent.Create(new { }) };
        request.Headers.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");

        var response = await admin.SendAsync(request, Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal("The request has invalid fields", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task RegisterOrganization_WhenNoAcceptLanguage_ProblemTitleIsChinese()
    {
        var admin = await Api.SignedInAs("CityAdmin");

        var response = await admin.PostAsJsonAsync(Url, new { }, Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal("请求参数校验失败", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task GetOrganization_WhenEnterpriseReadsItself_Returns200WithETag()
    {
        var enterprise = await Api.SignedInAs("Enterprise");

        var response = await enterprise.GetAsync($"{Url}/{DemoData.EnterpriseId}", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal("珠海示范智造有限公司", (await ReadJson(response)).GetProperty("name").GetString());
    }

    [Fact]
    public async Task GetOrganization_WhenEnterpriseReadsAnotherOrganization_Returns404AndLeaksNothing()
    {
        var enterprise = await Api.SignedInAs("Enterprise");

        var other = await enterprise.GetAsync($"{Url}/{DemoData.SecondEnterpriseId}", Cancel);
        var missing = await enterprise.GetAsync($"{Url}/{Guid.NewGuid()}", Cancel);

        var otherProblem = await AssertProblem(other, HttpStatusCode.NotFound, "organization.not_found");
        await AssertProblem(missing, HttpStatusCode.NotFound, "organization.not_found");
        Assert.DoesNotContain("新能源", otherProblem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetOrganization_WhenDistrictAdminReadsAnotherDistrictsOrganization_Returns404()
    {
        var districtAdmin = await Api.SignedInAs("DistrictAdmin");

        var response = await districtAdmin.GetAsync($"{Url}/{DemoData.TechnicalSchoolId}", Cancel);

        await AssertProblem(response, HttpStatusCode.NotFound, "organization.not_found");
    }

    [Fact]
    public async Task GetOrganization_WhenTalent_Returns403()
    {
        var talent = await Api.SignedInAs("Talent");

        var response = await talent.GetAsync($"{Url}/{DemoData.EnterpriseId}", Cancel);

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Fact]
    public async Task GetOrganization_WhenIdIsNotAGuid_Returns404()
    {
        var admin = await Api.SignedInAs("CityAdmin");

        var response = await admin.GetAsync($"{Url}/not-a-guid", Cancel);

        await AssertProblem(response, HttpStatusCode.NotFound, "resource.not_found");
    }

    [Fact]
    public async Task ListOrganizations_WhenCityAdminFilters_ReturnsOnlyMatches()
    {
        var admin = await Api.SignedInAs("CityAdmin");

        var enterprises = await Codes(admin, "?type=enterprise");
        var xiangzhou = await Codes(admin, "?district=440402");
        var newEnergy = await Codes(admin, "?cluster=new-energy");
        var keyIndustry = await Codes(admin, "?label=key-industry-enterprise");
        var qualified = await Codes(admin, "?label=training-qualified");
        var combined = await Codes(admin, "?type=enterprise&district=440404&label=industry-education-integration-enterprise");

        Assert.Equal(2, enterprises.Count);
        Assert.Equal(2, xiangzhou.Count);
        Assert.Single(newEnergy);
        Assert.Equal(2, keyIndustry.Count);
        Assert.Equal(2, qualified.Count);
        Assert.Single(combined);
    }

    [Fact]
    public async Task ListOrganizations_WhenPaged_ReturnsEveryOrganizationOnceInCodeOrder()
    {
        var admin = await Api.SignedInAs("CityAdmin");
        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var body = await ReadJson(await admin.GetAsync($"{Url}?limit=2" + (cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}"), Cancel));
            seen.AddRange(body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("creditCode").GetString()!));
            cursor = body.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null && seen.Count < 50);

        Assert.Equal(5, seen.Count);
        Assert.Equal(seen.OrderBy(c => c, StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task ListOrganizations_WhenEnterprise_ReturnsOnlyItself()
    {
        var enterprise = await Api.SignedInAs("Enterprise");

        var codes = await Ids(enterprise, string.Empty);

        Assert.Equal([DemoData.EnterpriseId.ToString()], codes);
    }

    [Fact]
    public async Task ListOrganizations_WhenDistrictAdmin_ReturnsOnlyItsDistrict()
    {
        var districtAdmin = await Api.SignedInAs("DistrictAdmin");

        var body = await ReadJson(await districtAdmin.GetAsync(Url, Cancel));

        Assert.All(body.GetProperty("items").EnumerateArray(), i => Assert.Equal(DemoData.DistrictCode, i.GetProperty("districtCode").GetString()));
        Assert.Equal(2, body.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("?type=bakery", "type")]
    [InlineData("?label=famous", "label")]
    [InlineData("?cluster=steel", "cluster")]
    [InlineData("?limit=500", "limit")]
    public async Task ListOrganizations_WhenFilterIsInvalid_Returns400NamingIt(string query, string field)
    {
        var admin = await Api.SignedInAs("CityAdmin");

        var response = await admin.GetAsync(Url + query, Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task ChangeOrganizationContactDetails_WhenOwnEnterpriseWithCurrentETag_Returns200AndNewETag()
    {
        var enterprise = await Api.SignedInAs("Enterprise");
        var etag = (await enterprise.GetAsync($"{Url}/{DemoData.EnterpriseId}", Cancel)).Headers.ETag!;

        var response = await SendPut(enterprise, $"{Url}/{DemoData.EnterpriseId}/contact-details", NewContact(), etag.Tag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(etag.Tag, response.Headers.ETag?.Tag);
        Assert.Equal("13512340000", (await ReadJson(response)).GetProperty("contact").GetProperty("contactPhone").GetString());
    }

    [Fact]
    public async Task ChangeOrganizationContactDetails_WhenETagIsStale_Returns412()
    {
        var enterprise = await Api.SignedInAs("Enterprise");
        var etag = (await enterprise.GetAsync($"{Url}/{DemoData.EnterpriseId}", Cancel)).Headers.ETag!.Tag;
        Assert.Equal(HttpStatusCode.OK, (await SendPut(enterprise, $"{Url}/{DemoData.EnterpriseId}/contact-details", NewContact(), etag)).StatusCode);

        var response = await SendPut(enterprise, $"{Url}/{DemoData.EnterpriseId}/contact-details", NewContact("13600000000"), etag);

        await AssertProblem(response, HttpStatusCode.PreconditionFailed, "concurrency.stale_version");
    }

    [Theory]
    [InlineData("*")]
    [InlineData("\"99\", \"{0}\"")]
    public async Task ChangeOrganizationContactDetails_WhenIfMatchIsAnyOrListsTheCurrentVersion_Returns200(string ifMatch)
    {
        var enterprise = await Api.SignedInAs("Enterprise");
        var current = (await enterprise.GetAsync($"{Url}/{DemoData.EnterpriseId}", Cancel)).Headers.ETag!.Tag.Trim('"');

        var response = await SendPut(enterprise, $"{Url}/{DemoData.EnterpriseId}/contact-details", NewContact(), string.Format(System.Globalization.CultureInfo.InvariantCulture, ifMatch, current));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("W/\"{0}\"")]
    [InlineData("not-an-etag")]
    public async Task ChangeOrganizationContactDetails_WhenIfMatchIsWeakOrMalformed_Returns412(string ifMatch)
    {
        var enterprise = await Api.SignedInAs("Enterprise");
        var current = (await enterprise.GetAsync($"{Url}/{DemoData.EnterpriseId}", Cancel)).Headers.ETag!.Tag.Trim('"');

        var response = await SendPut(enterprise, $"{Url}/{DemoData.EnterpriseId}/contact-details", NewContact(), string.Format(System.Globalization.CultureInfo.InvariantCulture, ifMatch, current));

        await AssertProblem(response, HttpStatusCode.PreconditionFailed, "concurrency.stale_version");
    }

    [Fact]
    public async Task RegisterOrganization_WhenSubjectIsLongAndKeyDiffersOnlyInCase_KeysStayApart()
    {
        var admin = await Api.SignedInAs("CityAdmin", new { subject = new string('s', 250) });

        var lower = await PostWithKey(admin, new RegisterOrganizationRequestBuilder().Build(), "key-a");
        var upper = await PostWithKey(admin, new RegisterOrganizationRequestBuilder().Build(), "KEY-A");

        Assert.Equal(HttpStatusCode.Created, lower.StatusCode);
        Assert.Equal(HttpStatusCode.Created, upper.StatusCode);
        Assert.False(upper.Headers.Contains("Idempotent-Replayed"));
    }

    [Fact]
    public async Task ChangeOrganizationContactDetails_WhenIfMatchIsMissing_Returns428()
    {
        var enterprise = await Api.SignedInAs("Enterprise");

        var response = await SendPut(enterprise, $"{Url}/{DemoData.EnterpriseId}/contact-details", NewContact(), ifMatch: null);

        await AssertProblem(response, HttpStatusCode.PreconditionRequired, "concurrency.if_match_required");
    }

    [Fact]
    public async Task ChangeOrganizationContactDetails_WhenAnotherEnterprise_Returns404AndChangesNothing()
    {
        var enterprise = await Api.SignedInAs("Enterprise");

        var response = await SendPut(enterprise, $"{Url}/{DemoData.SecondEnterpriseId}/contact-details", NewContact(), "\"2\"");

        await AssertProblem(response, HttpStatusCode.NotFound, "organization.not_found");
        var admin = await Api.SignedInAs("CityAdmin");
        var read = await ReadJson(await admin.GetAsync($"{Url}/{DemoData.SecondEnterpriseId}", Cancel));
        Assert.Equal("13900002222", read.GetProperty("contact").GetProperty("contactPhone").GetString());
    }

    [Fact]
    public async Task ChangeOrganizationContactDetails_WhenPhoneIsMalformed_Returns400()
    {
        var enterprise = await Api.SignedInAs("Enterprise");

        var response = await SendPut(enterprise, $"{Url}/{DemoData.EnterpriseId}/contact-details", NewContact("phone"), "\"2\"");

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("contactPhone", out _), problem.ToString());
    }

    [Fact]
    public async Task ChangeOrganizationLabels_WhenCityAdmin_Returns200AndAuditsBeforeAndAfter()
    {
        var admin = await Api.SignedInAs("CityAdmin");
        var url = $"{Url}/{DemoData.TechnicalSchoolId}";
        var etag = (await admin.GetAsync(url, Cancel)).Headers.ETag!.Tag;
        var labels = new
        {
            isKeyIndustryEnterprise = false,
            isKeyIndustryInnovationEmployer = false,
            isIndustryEducationIntegrationEnterprise = false,
            isPrivateInstitution = true,
            trainingQualification = new { validFrom = "2026-01-01", validUntil = "2027-12-31" },
        };

        var response = await SendPut(admin, $"{url}/labels", labels, etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadJson(response);
        Assert.True(body.GetProperty("labels").GetProperty("isPrivateInstitution").GetBoolean());
        Assert.Equal("2027-12-31", body.GetProperty("labels").GetProperty("trainingQualification").GetProperty("validUntil").GetString());

        var audit = await ReadJson(await admin.GetAsync($"/api/v1/audit-entries?action=ChangeOrganizationLabels&entityId={DemoData.TechnicalSchoolId}", Cancel));
        var entry = Assert.Single(audit.GetProperty("items").EnumerateArray());
        Assert.False(entry.GetProperty("before").GetProperty("labels.isPrivateInstitution").GetBoolean());
        Assert.True(entry.GetProperty("after").GetProperty("labels.isPrivateInstitution").GetBoolean());
    }

    [Fact]
    public async Task ChangeOrganizationLabels_WhenTheOrganizationItself_Returns403()
    {
        var enterprise = await Api.SignedInAs("Enterprise");

        var response = await SendPut(enterprise, $"{Url}/{DemoData.EnterpriseId}/labels", new
        {
            isKeyIndustryEnterprise = true,
            isKeyIndustryInnovationEmployer = true,
            isIndustryEducationIntegrationEnterprise = true,
            isPrivateInstitution = false,
        }, "\"2\"");

        await AssertProblem(response, HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Fact]
    public async Task ChangeOrganizationLabels_WhenEnterpriseLabelOnACollege_Returns409LabelNotApplicable()
    {
        var admin = await Api.SignedInAs("CityAdmin");
        var url = $"{Url}/{DemoData.VocationalCollegeId}";
        var etag = (await admin.GetAsync(url, Cancel)).Headers.ETag!.Tag;

        var response = await SendPut(admin, $"{url}/labels", new
        {
            isKeyIndustryEnterprise = true,
            isKeyIndustryInnovationEmployer = false,
            isIndustryEducationIntegrationEnterprise = false,
            isPrivateInstitution = true,
        }, etag);

        await AssertProblem(response, HttpStatusCode.Conflict, "organization.label_not_applicable");
    }

    [Fact]
    public async Task ChangeOrganizationLabels_WhenFlagsMissingOrPeriodReversed_Returns400()
    {
        var admin = await Api.SignedInAs("CityAdmin");

        var response = await SendPut(admin, $"{Url}/{DemoData.TrainingInstitutionId}/labels", new
        {
            isPrivateInstitution = true,
            trainingQualification = new { validFrom = "2027-01-01", validUntil = "2026-01-01" },
        }, "\"2\"");

        var errors = (await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed")).GetProperty("errors");
        Assert.True(errors.TryGetProperty("isKeyIndustryEnterprise", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("trainingQualification.validUntil", out _), errors.ToString());
    }

    [Fact]
    public async Task RegisterOrganization_WhenReplayedWithSameIdempotencyKey_ReturnsFirstResponseAndCreatesOnce()
    {
        var admin = await Api.SignedInAs("CityAdmin");
        var request = new RegisterOrganizationRequestBuilder().Build();
        var key = Guid.NewGuid().ToString();

        var first = await PostWithKey(admin, request, key);
        var second = await PostWithKey(admin, request, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(Cancel), await second.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.True(second.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(6, (await Ids(admin, "?limit=200")).Count);
    }

    [Fact]
    public async Task RegisterOrganization_WhenIdempotencyKeyReusedWithAnotherBody_Returns422()
    {
        var admin = await Api.SignedInAs("CityAdmin");
        var key = Guid.NewGuid().ToString();
        await PostWithKey(admin, new RegisterOrganizationRequestBuilder().Build(), key);

        var response = await PostWithKey(admin, new RegisterOrganizationRequestBuilder().Build(), key);

        await AssertProblem(response, HttpStatusCode.UnprocessableEntity, "idempotency.key_reused");
    }

    [Fact]
    public async Task RegisterOrganization_WhenSameKeySentConcurrently_ExactlyOneExecutes()
    {
        var admin = await Api.SignedInAs("CityAdmin");
        var request = new RegisterOrganizationRequestBuilder().Build();
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => PostWithKey(admin, request, key)));

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.Created && !r.Headers.Contains("Idempotent-Replayed"));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created && !r.Headers.Contains("Idempotent-Replayed"));
        foreach (var conflict in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            await AssertProblem(conflict, HttpStatusCode.Conflict, "idempotency.request_in_progress");
        }

        Assert.Equal(6, (await Ids(admin, "?limit=200")).Count);
    }

    [Fact]
    public async Task RegisterOrganization_WhenIdempotencyKeyIsMalformed_Returns400()
    {
        var admin = await Api.SignedInAs("CityAdmin");

        var response = await PostWithKey(admin, new RegisterOrganizationRequestBuilder().Build(), new string('k', 300));

        await AssertProblem(response, HttpStatusCode.BadRequest, "idempotency.malformed_key");
    }

    [Fact]
    public async Task RegisterOrganization_WhenSameKeyFromAnotherCaller_IsIndependent()
    {
        var admin = await Api.SignedInAs("CityAdmin");
        var districtAdmin = await Api.SignedInAs("DistrictAdmin");
        var key = Guid.NewGuid().ToString();

        var first = await PostWithKey(admin, new RegisterOrganizationRequestBuilder().Build(), key);
        var second = await PostWithKey(districtAdmin, new RegisterOrganizationRequestBuilder().Build(), key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.False(second.Headers.Contains("Idempotent-Replayed"));
    }

    private static object NewContact(string phone = "13512340000") =>
        new { contactName = "新联系人", contactPhone = phone, contactEmail = (string?)null, address = "珠海市香洲区新地址8号" };

    private static async Task<HttpResponseMessage> SendPut(HttpClient client, string url, object body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request, Cancel);
    }

    private static async Task<HttpResponseMessage> PostWithKey(HttpClient client, object body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return await client.SendAsync(request, Cancel);
    }

    private static async Task<List<string>> Codes(HttpClient client, string query) =>
        (await ReadJson(await client.GetAsync(Url + query, Cancel))).GetProperty("items").EnumerateArray()
        .Select(i => i.GetProperty("creditCode").GetString()!).ToList();

    private static async Task<List<string>> Ids(HttpClient client, string query) =>
        (await ReadJson(await client.GetAsync(Url + query, Cancel))).GetProperty("items").EnumerateArray()
        .Select(i => i.GetProperty("id").GetString()!).ToList();
}

[Collection(SqliteCollection.Name)]
public sealed class OrganizationTestsOnSqlite(SqliteApiFactory api) : OrganizationTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class OrganizationTestsOnPostgreSql(PostgreSqlApiFactory api) : OrganizationTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class OrganizationTestsOnSqlServer(SqlServerApiFactory api) : OrganizationTests(api);
