namespace ZhuhaiArtisan.Application.Integration.RotateWebhookEndpointSecret;

/// <summary>The new secret, shown in this response only.</summary>
/// <param name="PreviousSecretExpiresAt">Until then deliveries carry a signature by the old secret too.</param>
public sealed record RotatedWebhookSecretDto(Guid EndpointId, string Secret, DateTimeOffset RotatedAt, DateTimeOffset PreviousSecretExpiresAt);
