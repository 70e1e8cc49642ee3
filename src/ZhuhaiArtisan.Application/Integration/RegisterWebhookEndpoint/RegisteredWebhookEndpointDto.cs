using ZhuhaiArtisan.Application.Integration.Common;

namespace ZhuhaiArtisan.Application.Integration.RegisterWebhookEndpoint;

/// <summary>The only response, with a rotation's, that carries <see cref="Secret"/>: it is stored encrypted and never shown again.</summary>
public sealed record RegisteredWebhookEndpointDto(WebhookEndpointDto Endpoint, string Secret);
