using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using StandardWebhooks;
using StandardWebhooks.Diagnostics;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Integration;

/// <summary>
/// The webhook tests' shared steps, through HTTP as the partner (技行珠海, by its API key) and the
/// city would take them, with a real receiver on 127.0.0.1.
/// </summary>
public abstract class WebhookFunctionalTest(ApiFactory api) : FunctionalTest(api)
{
    protected const string Endpoints = "/api/v1/webhook-endpoints";
    protected const string Deliveries = "/api/v1/webhook-deliveries";
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    protected HttpClient Partner() => Api.WithApiKey(DemoData.PartnerApiKey);

    /// <summary>A second partner client, registered by the city, with an API key of its own.</summary>
    protected async Task<HttpClient> OtherPartnerAsync()
    {
        var city = await Api.SignedInAs("CityAdmin");
        var client = await ReadJson(await city.PostAsJsonAsync("/api/v1/partner-clients", new { code = "other-partner", name = "另一合作方" }, Cancel));
        var key = await ReadJson(await city.PostAsJsonAsync($"/api/v1/partner-clients/{client.GetProperty("id").GetString()}/api-keys", new { name = "test" }, Cancel));
        return Api.WithApiKey(key.GetProperty("key").GetString()!);
    }

    protected async Task<(string Id, string Secret)> RegisterAsync(string url, params string[] eventTypes)
    {
        var response = await Partner().PostAsJsonAsync(Endpoints, new { url, eventTypes, description = "测试接收端" }, Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        var body = await ReadJson(response);
        return (body.GetProperty("endpoint").GetProperty("id").GetString()!, body.GetProperty("secret").GetString()!);
    }

    /// <summary>Suspends a published demo item as the city: a catalogue.item.suspended event.</summary>
    protected async Task SuspendAsync(Guid itemId)
    {
        var city = await Api.SignedInAs("CityAdmin");
        var read = await city.GetAsync($"/api/v1/catalogue-items/{itemId}", Cancel);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/catalogue-items/{itemId}/suspension")
        {
            Content = JsonContent.Create(new { reason = "核查期间暂停" }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.ToString());
        var response = await city.SendAsync(request, Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancel));
    }

    /// <summary>Publishes an edition as the city: a catalogue.edition.published event.</summary>
    protected async Task<int> PublishAsync()
    {
        var response = await (await Api.SignedInAs("CityAdmin")).PostAsJsonAsync("/api/v1/catalogue-editions", new { title = "测试目录" }, Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        return (await ReadJson(response)).GetProperty("number").GetInt32();
    }

    protected async Task<List<JsonElement>> DeliveriesOf(string endpointId, HttpClient? caller = null)
    {
        var response = await (caller ?? Partner()).GetAsync($"{Endpoints}/{endpointId}/deliveries", Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancel));
        return (await ReadJson(response)).GetProperty("items").EnumerateArray().ToList();
    }

    /// <summary>Waits until the endpoint's only delivery has the status.</summary>
    protected async Task<JsonElement> DeliveryWhen(string endpointId, string status)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (true)
        {
            var deliveries = await DeliveriesOf(endpointId);
            if (deliveries.Count == 1 && deliveries[0].GetProperty("status").GetString() == status)
            {
                return deliveries[0];
            }

            Assert.True(DateTimeOffset.UtcNow < deadline, $"No {status} delivery within {Patience}: {JsonSerializer.Serialize(deliveries)}");
            await Task.Delay(100, Cancel);
        }
    }

    /// <summary>
    /// The StandardWebhooks library's verification, given each signature of the header on its
    /// own: its Verify compares only the first signature of a header that carries several.
    /// </summary>
    protected static bool VerifiesWithTheLibrary(ReceivedWebhook webhook, string secret)
    {
        foreach (var signature in webhook.Signature.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var headers = new HeaderDictionary();
            foreach (var (name, value) in webhook.Headers)
            {
                headers[name] = value;
            }

            headers["webhook-signature"] = signature;
            try
            {
                new StandardWebhook(secret).Verify(webhook.Body, headers);
                return true;
            }
            catch (WebhookVerificationException)
            {
                // Signed by another secret: try the next signature.
            }
        }

        return false;
    }

    /// <summary>The signatures of the header, checked the way a receiver without the library would.</summary>
    protected static bool SignedBy(ReceivedWebhook webhook, string secret)
    {
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var expected = "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{webhook.Id}.{webhook.Timestamp}.{webhook.Body}")));
        return webhook.Signature.Split(' ').Contains(expected);
    }
}
