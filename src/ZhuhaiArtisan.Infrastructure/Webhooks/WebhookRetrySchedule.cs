namespace ZhuhaiArtisan.Infrastructure.Webhooks;

/// <summary>
/// When a failed delivery is tried again: exponential backoff (base × 2^(n−1), capped) with ±20 %
/// jitter, so receivers that come back are not met by every sender at once; none after the last attempt.
/// </summary>
internal static class WebhookRetrySchedule
{
    public static DateTimeOffset? NextAttempt(int attemptsMade, DateTimeOffset now, WebhookOptions options)
    {
        if (attemptsMade >= options.MaxAttempts)
        {
            return null;
        }

        var exponent = Math.Min(attemptsMade - 1, 30);
        var backoff = Math.Min(options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, exponent), options.RetryMaxDelay.TotalMilliseconds);
        var jitter = 0.8 + (Random.Shared.NextDouble() * 0.4);
        return now + TimeSpan.FromMilliseconds(backoff * jitter);
    }
}
