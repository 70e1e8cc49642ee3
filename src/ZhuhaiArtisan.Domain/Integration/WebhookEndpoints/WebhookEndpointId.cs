namespace ZhuhaiArtisan.Domain.Integration.WebhookEndpoints;

/// <remarks>Ordered so that a keyset query can page by it, in the database's own order of the stored value.</remarks>
public readonly record struct WebhookEndpointId(Guid Value) : IComparable<WebhookEndpointId>
{
    public static WebhookEndpointId New() => new(Guid.CreateVersion7());

    public static bool operator <(WebhookEndpointId left, WebhookEndpointId right) => left.CompareTo(right) < 0;

    public static bool operator <=(WebhookEndpointId left, WebhookEndpointId right) => left.CompareTo(right) <= 0;

    public static bool operator >(WebhookEndpointId left, WebhookEndpointId right) => left.CompareTo(right) > 0;

    public static bool operator >=(WebhookEndpointId left, WebhookEndpointId right) => left.CompareTo(right) >= 0;

    public int CompareTo(WebhookEndpointId other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString();
}
