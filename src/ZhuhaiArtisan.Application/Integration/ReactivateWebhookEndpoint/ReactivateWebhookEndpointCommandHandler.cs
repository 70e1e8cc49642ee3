using Mediator;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Integration.Common;

namespace ZhuhaiArtisan.Application.Integration.ReactivateWebhookEndpoint;

/// <summary>Makes a disabled endpoint receive new events again; deliveries it missed can be redelivered one by one.</summary>
public sealed class ReactivateWebhookEndpointCommandHandler(IApplicationDbContext db, ICurrentUser user)
    : ICommandHandler<ReactivateWebhookEndpointCommand, WebhookEndpointDto>
{
    public async ValueTask<WebhookEndpointDto> Handle(ReactivateWebhookEndpointCommand command, CancellationToken cancellationToken)
    {
        var endpoint = await db.OwnEndpointAsync(user, command.Id, cancellationToken);
        endpoint.Reactivate();
        await db.SaveChangesAsync(cancellationToken);
        return WebhookEndpointDto.Of(endpoint);
    }
}
