using Mediator;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Integration.Common;

namespace ZhuhaiArtisan.Application.Integration.DeleteWebhookEndpoint;

/// <summary>Removes the endpoint with its deliveries and their attempts (the database cascades).</summary>
public sealed class DeleteWebhookEndpointCommandHandler(IApplicationDbContext db, ICurrentUser user)
    : ICommandHandler<DeleteWebhookEndpointCommand>
{
    public async ValueTask<Unit> Handle(DeleteWebhookEndpointCommand command, CancellationToken cancellationToken)
    {
        var endpoint = await db.OwnEndpointAsync(user, command.Id, cancellationToken);
        db.WebhookEndpoints.Remove(endpoint);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
