using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ZhuhaiArtisan.Api.FunctionalTests.Builders;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Training;

/// <summary>
/// The training tests' shared steps, taken through HTTP: sign in as the demo college, the demo
/// training institution, 技行珠海 (API key), a district or the city; open a class; enrol; record
/// attendance and completions with the ETag read.
/// </summary>
public abstract class TrainingFunctionalTest(ApiFactory api) : FunctionalTest(api)
{
    protected const string Classes = "/api/v1/training-classes";
    protected const string Pushes = "/api/v1/partner-pushes";

    protected static DateOnly Today => ChinaCalendar.Today();

    /// <summary>珠海示范职业技术学院 (香洲区): offers the welder (offline) and chip-maker (blended) items.</summary>
    protected Task<HttpClient> College() => Api.SignedInAs("Institution");

    /// <summary>珠海示范职业培训学校 (高新区): offers the electrician and care-worker (offline) and AI-trainer (online) items; runs the demo care-worker class.</summary>
    protected Task<HttpClient> TrainingSchool() =>
        Api.SignedInAs("Institution", new { subject = "training-school-user", org = DemoData.TrainingInstitutionId.ToString() });

    protected HttpClient Partner() => Api.WithApiKey(DemoData.PartnerApiKey);

    protected Task<HttpClient> City() => Api.SignedInAs("CityAdmin");

    protected Task<HttpClient> District(string code) => Api.SignedInAs("DistrictAdmin", new { subject = $"district-{code}", district = code });

    protected static object ClassBody(Guid itemId, int capacity = 30, string? venue = "珠海市香洲区学府路2号实训中心", int startsIn = 1, int lasts = 20) =>
        new { catalogueItemId = itemId, startDate = Today.AddDays(startsIn), endDate = Today.AddDays(startsIn + lasts), capacity, venue };

    protected async Task<JsonElement> OpenClassAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync(Classes, body, Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        return await ReadJson(response);
    }

    /// <summary>A welder class of the demo college, starting tomorrow.</summary>
    protected async Task<Guid> CollegeClassAsync(int capacity = 30) =>
        IdOf(await OpenClassAsync(await College(), ClassBody(DemoData.WelderItemId, capacity)));

    protected static Guid IdOf(JsonElement element) => Guid.Parse(element.GetProperty("id").GetString()!);

    protected static string EnrolmentsOf(Guid classId) => $"{Classes}/{classId}/enrolments";

    protected static string CompletionsOf(Guid classId) => $"{Classes}/{classId}/completions";

    protected static object Trainee(string? number = null, bool withRegistration = true) => withRegistration
        ? new { documentType = "resident-identity-card", identityNumber = number ?? IdentityNumbers.NextResident(), name = "黄小梅", phone = "13812345678", residenceDistrictCode = "440402", origin = "local" }
        : new { documentType = "resident-identity-card", identityNumber = number ?? IdentityNumbers.NextResident() };

    protected async Task<JsonElement> EnrolAsync(HttpClient client, Guid classId, object body)
    {
        var response = await client.PostAsJsonAsync(EnrolmentsOf(classId), body, Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        return await ReadJson(response);
    }

    /// <summary>Sends a change with an If-Match of the caller's choosing (null: none).</summary>
    protected async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, object? body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = body as HttpContent ?? JsonContent.Create(body);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request, Cancel);
    }

    protected async Task<string> ETagOf(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancel));
        return response.Headers.ETag!.ToString();
    }

    protected async Task<HttpResponseMessage> AttendAsync(HttpClient client, Guid classId, Guid enrolmentId, DateOnly date, object hours)
    {
        var enrolment = $"{EnrolmentsOf(classId)}/{enrolmentId}";
        return await SendAsync(client, HttpMethod.Put, $"{enrolment}/attendance/{date:yyyy-MM-dd}", new { hours }, await ETagOf(client, enrolment));
    }

    protected async Task<HttpResponseMessage> PushAsync(HttpClient client, string kind, object rows, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Pushes}/{kind}") { Content = JsonContent.Create(new { rows }) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await client.SendAsync(request, Cancel);
    }

    protected async Task<JsonElement> PushOkAsync(HttpClient client, string kind, object rows, string? idempotencyKey = null)
    {
        var response = await PushAsync(client, kind, rows, idempotencyKey);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancel));
        return await ReadJson(response);
    }

    protected static List<string> Outcomes(JsonElement result) =>
        result.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("outcome").GetString()!).ToList();

    protected static List<string> ErrorCodes(JsonElement result, int row) =>
        result.GetProperty("rows")[row].GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()!).ToList();
}
