using System.Text.Json;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;

namespace ZhuhaiArtisan.Api.FunctionalTests.Integration;

/// <summary>Webhooks with a circuit breaker that opens after two failures and stays open for the test.</summary>
public sealed class CircuitBreakerApiFactory : SqliteApiFactory
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Webhooks:MaxAttempts"] = "5",
        ["Webhooks:CircuitBreakerFailureRatio"] = "0.5",
        ["Webhooks:CircuitBreakerMinimumThroughput"] = "2",
        ["Webhooks:CircuitBreakerSamplingDuration"] = "00:01:00",
        ["Webhooks:CircuitBreakerBreakDuration"] = "00:01:00",
    };
}

/// <summary>
/// The circuit breaker is per endpoint: an endpoint whose receiver keeps failing stops being
/// called, while another endpoint on the same host keeps receiving.
/// </summary>
public sealed class WebhookCircuitBreakerTests(CircuitBreakerApiFactory api) : WebhookFunctionalTest(api), IClassFixture<CircuitBreakerApiFactory>
{
    [Fact]
    public async Task Delivery_WhenItsEndpointKeepsFailing_OpensThatEndpointsCircuitOnly()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Respond = webhook => webhook.Path == "failing" ? 500 : 200;
        var (failing, _) = await RegisterAsync(receiver.Url("failing"), "catalogue.edition.published");
        var (healthy, _) = await RegisterAsync(receiver.Url("healthy"), "catalogue.edition.published");

        await PublishAsync();

        var failed = await DeliveryWhen(failing, "failed");
        Assert.Equal(5, failed.GetProperty("attempts").GetInt32());
        // Two attempts reached the receiver and opened the circuit; the other three were not sent.
        Assert.Equal(2, receiver.Received.Count(w => w.Path == "failing"));
        var details = await ReadJson(await Partner().GetAsync($"{Deliveries}/{failed.GetProperty("id").GetString()}", Cancel));
        var log = details.GetProperty("attemptLog").EnumerateArray().ToList();
        Assert.All(log.Skip(2), attempt =>
        {
            Assert.Equal(JsonValueKind.Null, attempt.GetProperty("statusCode").ValueKind);
            Assert.Contains("circuit is open", attempt.GetProperty("error").GetString(), StringComparison.Ordinal);
        });

        // The other endpoint on the same host still receives.
        await PublishAsync();
        await receiver.WaitUntilAsync(r => r.Count(w => w.Path == "healthy") == 2, Patience);
        var deadline = DateTimeOffset.UtcNow + Patience;
        while ((await DeliveriesOf(healthy)).Count(d => d.GetProperty("status").GetString() == "succeeded") < 2)
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "The healthy endpoint's second delivery was not recorded as succeeded.");
            await Task.Delay(100, Cancel);
        }

        Assert.Equal(2, receiver.Received.Count(w => w.Path == "failing"));
    }
}
