namespace ZhuhaiArtisan.Domain.Integration.WebhookDeliveries;

/// <remarks>Ordered so that a keyset query can page by it, in the database's own order of the stored value.</remarks>
public readonly record struct WebhookDeliveryId(Guid Value) : IComparable<WebhookDeliveryId>
{
    public static WebhookDeliveryId New() => new(Guid.CreateVersion7());

    /// <summary>The Standard Webhooks <c>webhook-id</c>: the same on every attempt, so receivers drop repeats by it.</summary>
    public string MessageId => $"msg_{Value:N}";

    public static bool operator <(WebhookDeliveryId left, WebhookDeliveryId right) => left.CompareTo(right) < 0;

    public static bool operator <=(WebhookDeliveryId left, WebhookDeliveryId right) => left.CompareTo(right) <= 0;

    public static bool operator >(WebhookDeliveryId left, WebhookDeliveryId right) => left.CompareTo(right) > 0;

    public static bool operator >=(WebhookDeliveryId left, WebhookDeliveryId right) => left.CompareTo(right) >= 0;

    public int CompareTo(WebhookDeliveryId other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString();
}
