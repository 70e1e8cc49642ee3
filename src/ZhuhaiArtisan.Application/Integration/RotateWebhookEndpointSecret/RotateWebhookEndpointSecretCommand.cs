using Mediator;

namespace ZhuhaiArtisan.Application.Integration.RotateWebhookEndpointSecret;

public sealed record RotateWebhookEndpointSecretCommand(Guid Id) : ICommand<RotatedWebhookSecretDto>;
