using Mediator;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Privacy;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Integration.Common;

namespace ZhuhaiArtisan.Application.Integration.RotateWebhookEndpointSecret;

public sealed class RotateWebhookEndpointSecretCommandHandler(IApplicationDbContext db, ICurrentUser user, IPersonalDataProtector protector, TimeProvider clock)
    : ICommandHandler<RotateWebhookEndpointSecretCommand, RotatedWebhookSecretDto>
{
    public async ValueTask<RotatedWebhookSecretDto> Handle(RotateWebhookEndpointSecretCommand command, CancellationToken cancellationToken)
    {
        var endpoint = await db.OwnEndpointAsync(user, command.Id, cancellationToken);
        var secret = WebhookSecrets.Generate();
        var now = clock.GetUtcNow();
        endpoint.RotateSecret(protector.Encrypt(secret), now);
        await db.SaveChangesAsync(cancellationToken);
        return new RotatedWebhookSecretDto(endpoint.Id.Value, secret, now, endpoint.PreviousSecretExpiresAt!.Value);
    }
}
