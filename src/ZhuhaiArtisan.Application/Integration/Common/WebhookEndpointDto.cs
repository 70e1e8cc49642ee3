using ZhuhaiArtisan.Domain.Integration.WebhookEndpoints;

namespace ZhuhaiArtisan.Application.Integration.Common;

/// <summary>An endpoint as it is shown after creation: never its secret.</summary>
/// <param name="PreviousSecretExpiresAt">Until when the secret replaced by the last rotation still signs deliveries, if it does.</param>
public sealed record WebhookEndpointDto(
    Guid Id,
    Guid ClientId,
    string Url,
    string? Description,
    IReadOnlyList<string> EventTypes,
    WebhookEndpointStatus Status,
    string? DisabledReason,
    DateTimeOffset? DisabledAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SecretRotatedAt,
    DateTimeOffset? PreviousSecretExpiresAt,
    int Version)
{
    public static WebhookEndpointDto Of(WebhookEndpoint endpoint) =>
        new(
            endpoint.Id.Value,
            endpoint.PartnerClientId.Value,
            endpoint.Url,
            endpoint.Description,
            endpoint.EventTypes.ToList(),
            endpoint.Status,
            endpoint.DisabledReason,
            endpoint.DisabledAt,
            endpoint.CreatedAt,
            endpoint.SecretRotatedAt,
            endpoint.PreviousSecretExpiresAt,
            endpoint.Version);
}
