using Mediator;
using ZhuhaiArtisan.Application.Integration.Common;

namespace ZhuhaiArtisan.Application.Integration.ReactivateWebhookEndpoint;

public sealed record ReactivateWebhookEndpointCommand(Guid Id) : ICommand<WebhookEndpointDto>;
