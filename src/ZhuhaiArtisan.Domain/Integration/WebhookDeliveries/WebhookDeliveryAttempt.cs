namespace ZhuhaiArtisan.Domain.Integration.WebhookDeliveries;

/// <summary>One try at sending a delivery: what the receiver answered, or why there was no answer.</summary>
public sealed class WebhookDeliveryAttempt
{
    public const int ErrorMaxLength = 512;

    private WebhookDeliveryAttempt()
    {
    }

    public long Id { get; private set; }

    public WebhookDeliveryId WebhookDeliveryId { get; private set; }

    public DateTimeOffset AttemptedAt { get; private set; }

    public int? StatusCode { get; private set; }

    public int DurationMilliseconds { get; private set; }

    public string? Error { get; private set; }

    internal static WebhookDeliveryAttempt Record(WebhookDeliveryId deliveryId, DateTimeOffset attemptedAt, int? statusCode, TimeSpan duration, string? error) =>
        new()
        {
            WebhookDeliveryId = deliveryId,
            AttemptedAt = attemptedAt,
            StatusCode = statusCode,
            DurationMilliseconds = (int)Math.Min(int.MaxValue, Math.Max(0, duration.TotalMilliseconds)),
            Error = error is null ? null : error.Length <= ErrorMaxLength ? error : error[..ErrorMaxLength],
        };
}
