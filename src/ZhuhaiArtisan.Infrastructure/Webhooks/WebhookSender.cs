using System.Diagnostics;
using System.Globalization;
using System.Text;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace ZhuhaiArtisan.Infrastructure.Webhooks;

/// <summary>
/// Sends one attempt of a delivery through the <c>webhooks</c> HttpClient, whose resilience
/// pipeline (one per endpoint) applies the attempt timeout and the endpoint's circuit breaker.
/// Retries are not Polly's: the outbox schedules them, so they survive a restart.
/// </summary>
internal sealed class WebhookSender(IHttpClientFactory clients, WebhookAddressGuard guard, TimeProvider clock)
{
    public const string ClientName = "webhooks";

    /// <summary>Selects the endpoint's own resilience pipeline (its own circuit breaker).</summary>
    public static readonly HttpRequestOptionsKey<string> EndpointKey = new("ZhuhaiArtisan.WebhookEndpoint");

    public async Task<WebhookSendOutcome> SendAsync(
        Guid endpointId, Uri url, string messageId, string body, IReadOnlyList<string> secrets, CancellationToken cancellationToken)
    {
        if (!guard.IsSchemeAllowed(url))
        {
            return new WebhookSendOutcome(null, TimeSpan.Zero, "Refused: the endpoint URL is not https.");
        }

        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", messageId);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSigner.Sign(messageId, timestamp, body, secrets));
        request.Headers.UserAgent.ParseAdd("ZhuhaiArtisan-Webhooks/1.0");
        request.Options.Set(EndpointKey, endpointId.ToString("N"));

        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            return new WebhookSendOutcome((int)response.StatusCode, Stopwatch.GetElapsedTime(started), response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}");
        }
        catch (TimeoutRejectedException exception)
        {
            return new WebhookSendOutcome(null, Stopwatch.GetElapsedTime(started), $"Timed out after {exception.Timeout.TotalSeconds:0.#} s.");
        }
        catch (BrokenCircuitException)
        {
            return new WebhookSendOutcome(null, Stopwatch.GetElapsedTime(started), "Not sent: the endpoint's circuit is open after repeated failures.");
        }
        catch (HttpRequestException exception)
        {
            return new WebhookSendOutcome(null, Stopwatch.GetElapsedTime(started), exception.InnerException is { } inner ? $"{exception.Message} {inner.Message}" : exception.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new WebhookSendOutcome(null, Stopwatch.GetElapsedTime(started), "Timed out.");
        }
    }
}
