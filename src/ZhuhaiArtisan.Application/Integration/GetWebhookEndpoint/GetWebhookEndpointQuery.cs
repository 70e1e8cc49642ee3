using Mediator;
using ZhuhaiArtisan.Application.Integration.Common;

namespace ZhuhaiArtisan.Application.Integration.GetWebhookEndpoint;

public sealed record GetWebhookEndpointQuery(Guid Id) : IQuery<WebhookEndpointDto>;
