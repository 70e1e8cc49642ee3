using Mediator;
using ZhuhaiArtisan.Application.Common.Concurrency;
using ZhuhaiArtisan.Application.Integration.Common;

namespace ZhuhaiArtisan.Application.Integration.ChangeWebhookEndpoint;

public sealed record ChangeWebhookEndpointCommand(Guid Id, VersionPrecondition IfMatch, string? Url, IReadOnlyList<string>? EventTypes, string? Description)
    : ICommand<WebhookEndpointDto>;
