using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ZhuhaiArtisan.Api.FunctionalTests.Builders;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Catalogue;

/// <summary>
/// The catalogue tests' shared steps, each taken through HTTP as a caller would: sign in as the
/// demo college, the demo training institution or the city; draft an item and move it through
/// the workflow with the ETag of what was read; publish an edition.
/// </summary>
public abstract class CatalogueFunctionalTest(ApiFactory api) : FunctionalTest(api)
{
    protected const string Items = "/api/v1/catalogue-items";
    protected const string Editions = "/api/v1/catalogue-editions";
    protected const string Changes = "/api/v1/catalogue-changes";

    /// <summary>The demo edition the seeding publishes; its items, in edition order, are these.</summary>
    protected static readonly Guid[] DemoEditionItems =
        [DemoData.AiTrainerItemId, DemoData.CareWorkerItemId, DemoData.WelderItemId, DemoData.ChipMakerItemId, DemoData.ElectricianItemId];

    protected static string Url(Guid id, string? verb = null) => verb is null ? $"{Items}/{id}" : $"{Items}/{id}/{verb}";

    /// <summary>珠海示范职业技术学院, the demo college (香洲区, qualified).</summary>
    protected Task<HttpClient> College() => Api.SignedInAs("Institution");

    /// <summary>珠海示范职业培训学校, the demo training institution (高新区, qualified).</summary>
    protected Task<HttpClient> TrainingSchool() =>
        Api.SignedInAs("Institution", new { subject = "training-school-user", org = DemoData.TrainingInstitutionId.ToString() });

    protected Task<HttpClient> City() => Api.SignedInAs("CityAdmin");

    protected async Task<JsonElement> DraftAsync(HttpClient institution, CatalogueItemRequestBuilder? request = null)
    {
        var response = await institution.PostAsJsonAsync(Items, (request ?? new CatalogueItemRequestBuilder()).Build(), Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        return await ReadJson(response);
    }

    /// <summary>Reads the item's current ETag, as a client would before changing it.</summary>
    protected async Task<string> ETagOf(HttpClient client, Guid id)
    {
        var response = await client.GetAsync(Url(id), Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancel));
        return response.Headers.ETag!.ToString();
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

    /// <summary>A verb (submission, approval, …) with the current ETag.</summary>
    protected async Task<HttpResponseMessage> VerbAsync(HttpClient client, Guid id, string verb, object? body = null) =>
        await SendAsync(client, HttpMethod.Post, Url(id, verb), body, await ETagOf(client, id));

    protected async Task<JsonElement> VerbOkAsync(HttpClient client, Guid id, string verb, object? body = null)
    {
        var response = await VerbAsync(client, id, verb, body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{verb}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Cancel)}");
        return await ReadJson(response);
    }

    protected async Task<HttpResponseMessage> ReviseAsync(HttpClient institution, Guid id, CatalogueItemRequestBuilder request) =>
        await SendAsync(institution, HttpMethod.Put, Url(id), request.Build(), await ETagOf(institution, id));

    protected static object Approval(decimal subsidy = 1800m) => new { subsidyPerPerson = subsidy, subsidyBasis = "测试：补贴标准依据文件第三条" };

    protected static object Rejection(string reason = "incomplete-information", string? note = null) => new { reason, note };

    protected static object Suspension(string reason = "群众投诉，核查期间暂停") => new { reason };

    /// <summary>A new item of the demo college (or of <paramref name="institution"/>) brought to the status through the workflow.</summary>
    protected async Task<Guid> ItemInAsync(string status, CatalogueItemRequestBuilder? request = null, HttpClient? institution = null)
    {
        institution ??= await College();
        var city = await City();
        var id = Guid.Parse((await DraftAsync(institution, request)).GetProperty("id").GetString()!);
        string[] steps = status switch
        {
            "draft" => [],
            "submitted" => ["submission"],
            "approved" => ["submission", "approval"],
            "rejected" => ["submission", "rejection"],
            "suspended" => ["submission", "approval", "suspension"],
            "withdrawn" => ["submission", "approval", "withdrawal"],
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
        };
        foreach (var step in steps)
        {
            var by = step is "submission" ? institution : city;
            await VerbOkAsync(by, id, step, step switch
            {
                "approval" => Approval(),
                "rejection" => Rejection(),
                "suspension" => Suspension(),
                _ => null,
            });
        }

        return id;
    }

    protected async Task<int> PublishAsync(string title = "测试目录")
    {
        var response = await (await City()).PostAsJsonAsync(Editions, new { title }, Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        return (await ReadJson(response)).GetProperty("number").GetInt32();
    }

    /// <summary>The items of an edition for a query string, all pages.</summary>
    protected async Task<List<JsonElement>> SearchAllAsync(int edition, string query = "")
    {
        var found = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var url = $"{Editions}/{edition}/items?limit=200{query}" + (cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}");
            var response = await Api.Anonymous().GetAsync(url, Cancel);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {await response.Content.ReadAsStringAsync(Cancel)}");
            var page = await ReadJson(response);
            found.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        return found;
    }

    protected static Guid IdOf(JsonElement item) => Guid.Parse(item.GetProperty(item.TryGetProperty("itemId", out _) ? "itemId" : "id").GetString()!);
}
