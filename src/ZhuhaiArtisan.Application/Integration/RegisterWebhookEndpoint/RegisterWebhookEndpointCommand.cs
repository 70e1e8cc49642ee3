using Mediator;

namespace ZhuhaiArtisan.Application.Integration.RegisterWebhookEndpoint;

public sealed record RegisterWebhookEndpointCommand(string? Url, IReadOnlyList<string>? EventTypes, string? Description)
    : ICommand<RegisteredWebhookEndpointDto>;
