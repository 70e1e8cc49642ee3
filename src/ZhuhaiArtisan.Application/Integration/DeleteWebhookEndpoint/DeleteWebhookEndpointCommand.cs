using Mediator;

namespace ZhuhaiArtisan.Application.Integration.DeleteWebhookEndpoint;

public sealed record DeleteWebhookEndpointCommand(Guid Id) : ICommand;
