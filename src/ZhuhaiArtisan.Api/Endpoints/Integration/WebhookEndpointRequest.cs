namespace ZhuhaiArtisan.Api.Endpoints.Integration;

/// <param name="Url">The receiver: an absolute https:// URL on a public address.</param>
/// <param name="EventTypes">The event types to receive, e.g. catalogue.edition.published (see the README's list; subsidy.trainee.paid is reserved).</param>
/// <param name="Description">What the endpoint is for, e.g. "技行珠海 catalogue sync".</param>
public sealed record WebhookEndpointRequest(string? Url, IReadOnlyList<string>? EventTypes, string? Description);
