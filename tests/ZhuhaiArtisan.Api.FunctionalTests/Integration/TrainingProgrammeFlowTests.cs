using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using StandardWebhooks;
using ZhuhaiArtisan.Api.FunctionalTests.Builders;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Integration;

/// <summary>
/// The whole flow through HTTP: an institution submits an online item, the city approves and
/// publishes it, 技行珠海 syncs the edition, pushes a class, enrolments, attendance and completions,
/// and receives signed webhooks — the edition, each completion's verdict — that it verifies.
/// </summary>
public abstract class TrainingProgrammeFlowTests(ApiFactory api) : WebhookFunctionalTest(api)
{
    private static DateOnly Today => ChinaCalendar.Today();

    [Fact]
    public async Task InstitutionSubmits_CityPublishes_PartnerSyncsPushesAndReceivesSignedWebhooks()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (endpointId, secret) = await RegisterAsync(receiver.Url(),
            "catalogue.edition.published", "training.completion.accepted", "training.completion.rejected");
        var partner = Partner();

        // The institution drafts and submits an online item; the city approves it and publishes.
        var school = await Api.SignedInAs("Institution", new { subject = "training-school-user", org = DemoData.TrainingInstitutionId.ToString() });
        var drafted = await CreatedJson(await school.PostAsJsonAsync("/api/v1/catalogue-items",
            new CatalogueItemRequestBuilder().Titled("焊工（中级）线上理论与实操").DeliveredBy("online").WithHours(4, 4).Costing(1800m).Build(), Cancel));
        var itemId = drafted.GetProperty("id").GetGuid();
        await ItemVerbAsync(school, itemId, "submission", null);
        var city = await Api.SignedInAs("CityAdmin");
        await ItemVerbAsync(city, itemId, "approval", new { subsidyPerPerson = 1500m, subsidyBasis = "珠府办函〔2023〕100号" });
        var number = await PublishAsync();

        // The partner learns of the edition by a signed webhook and syncs what changed.
        var published = await receiver.NextAsync(Patience);
        new StandardWebhook(secret).Verify(published.Body, published.Headers);
        Assert.Empty(ContractSchemas.Mismatches(JsonDocument.Parse(published.Body).RootElement, "CatalogueEditionPublishedWebhook"));
        var publishedData = JsonDocument.Parse(published.Body).RootElement.GetProperty("data");
        Assert.Equal(number, publishedData.GetProperty("editionNumber").GetInt32());
        var changes = await OkJson(await partner.GetAsync("/api/v1/catalogue-changes?limit=200", Cancel));
        Assert.Contains(changes.GetProperty("items").EnumerateArray(), c => c.TryGetProperty("editionNumber", out var n) && n.ValueKind == JsonValueKind.Number && n.GetInt32() == number);
        var found = await OkJson(await partner.GetAsync($"{publishedData.GetProperty("href").GetString()}/items?search=%E7%84%8A%E5%B7%A5&limit=200", Cancel));
        var synced = Assert.Single(found.GetProperty("items").EnumerateArray(), i => i.GetProperty("itemId").GetGuid() == itemId);
        Assert.True(synced.GetProperty("acceptsEnrolment").GetBoolean());

        // A one-day class, two trainees enrolled by identity document, one attends the whole day.
        var first = IdentityNumbers.NextResident();
        var second = IdentityNumbers.NextResident();
        var pushedClass = await PushAsync(partner, "classes", new[]
        {
            new { externalId = "FLOW-CLASS-1", catalogueItemId = itemId, startDate = Today, endDate = Today, capacity = 10 },
        });
        Assert.Equal("created", pushedClass[0].GetProperty("outcome").GetString());
        var classId = pushedClass[0].GetProperty("id").GetGuid();
        var enrolments = await PushAsync(partner, "enrolments", new[]
        {
            new { externalId = "FLOW-ENROL-1", classExternalId = "FLOW-CLASS-1", trainee = Trainee(first, "黄志明", "13800138011") },
            new { externalId = "FLOW-ENROL-2", classExternalId = "FLOW-CLASS-1", trainee = Trainee(second, "欧阳·娜", "13800138012") },
        });
        Assert.All(enrolments, r => Assert.Equal("created", r.GetProperty("outcome").GetString()));
        var attendance = await PushAsync(partner, "attendance", new[]
        {
            new { externalId = "FLOW-ATT-1", enrolmentExternalId = "FLOW-ENROL-1", sessionDate = Today, hours = 8m },
            new { externalId = "FLOW-ATT-2", enrolmentExternalId = "FLOW-ENROL-2", sessionDate = Today, hours = 3m },
        });
        Assert.All(attendance, r => Assert.Equal("created", r.GetProperty("outcome").GetString()));

        // Both complete; only the one who attended every planned hour matches the enrolment.
        var completions = await PushAsync(partner, "completions", new[]
        {
            new { externalId = "FLOW-DONE-1", classExternalId = "FLOW-CLASS-1", trainee = Trainee(first), result = "passed", completedOn = Today },
            new { externalId = "FLOW-DONE-2", classExternalId = "FLOW-CLASS-1", trainee = Trainee(second), result = "passed", completedOn = Today },
        });
        Assert.All(completions, r => Assert.Equal("created", r.GetProperty("outcome").GetString()));
        var accepted = completions[0].GetProperty("id").GetGuid();
        var rejected = completions[1].GetProperty("id").GetGuid();

        var verdicts = new Dictionary<string, JsonElement>();
        for (var i = 0; i < 2; i++)
        {
            var webhook = await receiver.NextAsync(Patience);
            new StandardWebhook(secret).Verify(webhook.Body, webhook.Headers);
            var payload = JsonDocument.Parse(webhook.Body).RootElement;
            var type = payload.GetProperty("type").GetString()!;
            Assert.Empty(ContractSchemas.Mismatches(payload, type == "training.completion.accepted" ? "TrainingCompletionAcceptedWebhook" : "TrainingCompletionRejectedWebhook"));
            verdicts[type] = payload.GetProperty("data").Clone();
        }

        var acceptedData = verdicts["training.completion.accepted"];
        Assert.Equal(accepted, acceptedData.GetProperty("completionId").GetGuid());
        Assert.Equal(classId, acceptedData.GetProperty("classId").GetGuid());
        Assert.Equal("accepted", acceptedData.GetProperty("status").GetString());
        Assert.Equal("passed", acceptedData.GetProperty("result").GetString());
        Assert.Empty(acceptedData.GetProperty("mismatches").EnumerateArray());
        var rejectedData = verdicts["training.completion.rejected"];
        Assert.Equal(rejected, rejectedData.GetProperty("completionId").GetGuid());
        Assert.Equal(["attendance-below-required-hours"], rejectedData.GetProperty("mismatches").EnumerateArray().Select(m => m.GetString()).ToList());

        // What the webhook points at is what the partner reads; the deliveries are on record.
        var read = await OkJson(await partner.GetAsync(acceptedData.GetProperty("href").GetString(), Cancel));
        Assert.Equal("accepted", read.GetProperty("status").GetString());
        Assert.Equal(3, (await DeliveriesOf(endpointId)).Count);
    }

    [Fact]
    public async Task CompletionRecordedByTheInstitution_IsNoPartnersWebhook()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (endpointId, _) = await RegisterAsync(receiver.Url(), "training.completion.accepted", "training.completion.rejected");
        var school = await Api.SignedInAs("Institution", new { subject = "training-school-user", org = DemoData.TrainingInstitutionId.ToString() });

        var response = await school.PostAsJsonAsync($"/api/v1/training-classes/{DemoData.CareWorkerClassId}/completions",
            new { talentId = DemoData.StudentTalentId, result = "passed", completedOn = Today }, Cancel);

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        Assert.Empty(await DeliveriesOf(endpointId));
    }

    /// <summary>A trainee by identity document: with what registers them, or (known already) without.</summary>
    private static object Trainee(string identityNumber, string name, string phone) =>
        new { documentType = "resident-identity-card", identityNumber, name, phone, residenceDistrictCode = "440402", origin = "local" };

    private static object Trainee(string identityNumber) => new { documentType = "resident-identity-card", identityNumber };

    private async Task<List<JsonElement>> PushAsync(HttpClient partner, string kind, object rows)
    {
        var response = await partner.PostAsJsonAsync($"/api/v1/partner-pushes/{kind}", new { rows }, Cancel);
        var body = await OkJson(response);
        var results = body.GetProperty("rows").EnumerateArray().ToList();
        Assert.True(results.All(r => r.GetProperty("outcome").GetString() != "rejected"), body.ToString());
        return results;
    }

    private async Task ItemVerbAsync(HttpClient client, Guid itemId, string verb, object? body)
    {
        var read = await client.GetAsync($"/api/v1/catalogue-items/{itemId}", Cancel);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/catalogue-items/{itemId}/{verb}") { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.ToString());
        await OkJson(await client.SendAsync(request, Cancel));
    }

    private async Task<JsonElement> OkJson(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Cancel)}");
        return await ReadJson(response);
    }

    private async Task<JsonElement> CreatedJson(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Cancel)}");
        return await ReadJson(response);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TrainingProgrammeFlowTestsOnSqlite(SqliteApiFactory api) : TrainingProgrammeFlowTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class TrainingProgrammeFlowTestsOnPostgreSql(PostgreSqlApiFactory api) : TrainingProgrammeFlowTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class TrainingProgrammeFlowTestsOnSqlServer(SqlServerApiFactory api) : TrainingProgrammeFlowTests(api);
