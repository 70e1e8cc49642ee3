namespace ZhuhaiArtisan.Domain.Integration.WebhookDeliveries;

public enum WebhookDeliveryStatus
{
    /// <summary>Waiting for its next attempt (or being sent).</summary>
    Pending,

    /// <summary>The receiver answered 2xx.</summary>
    Succeeded,

    /// <summary>Every attempt failed, or the endpoint was disabled; a redelivery makes it pending again.</summary>
    Failed,
}
