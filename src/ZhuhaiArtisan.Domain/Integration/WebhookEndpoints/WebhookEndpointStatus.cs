namespace ZhuhaiArtisan.Domain.Integration.WebhookEndpoints;

public enum WebhookEndpointStatus
{
    /// <summary>Receives the events it subscribes to.</summary>
    Active,

    /// <summary>Receives nothing until its partner reactivates it (after a 410 Gone from the receiver, for instance).</summary>
    Disabled,
}
