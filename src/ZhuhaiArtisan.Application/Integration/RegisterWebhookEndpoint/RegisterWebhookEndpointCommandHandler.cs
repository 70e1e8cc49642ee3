using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Privacy;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Integration.Common;
using ZhuhaiArtisan.Domain.Integration.WebhookEndpoints;

namespace ZhuhaiArtisan.Application.Integration.RegisterWebhookEndpoint;

public sealed class RegisterWebhookEndpointCommandHandler(
    IApplicationDbContext db, ICurrentUser user, IWebhookUrlPolicy urls, IPersonalDataProtector protector, TimeProvider clock)
    : ICommandHandler<RegisterWebhookEndpointCommand, RegisteredWebhookEndpointDto>
{
    public async ValueTask<RegisteredWebhookEndpointDto> Handle(RegisterWebhookEndpointCommand command, CancellationToken cancellationToken)
    {
        var client = user.EnsurePartner();
        var url = new Uri(command.Url!.Trim());
        await urls.EnsureAllowedAsync(url, cancellationToken);

        var existing = await db.WebhookEndpoints.CountAsync(e => e.PartnerClientId == client, cancellationToken);
        var secret = WebhookSecrets.Generate();
        var endpoint = WebhookEndpoint.Register(
            WebhookEndpointId.New(), client, existing, url.AbsoluteUri, command.EventTypes!, command.Description,
            protector.Encrypt(secret), clock.GetUtcNow());
        db.WebhookEndpoints.Add(endpoint);
        await db.SaveChangesAsync(cancellationToken);
        return new RegisteredWebhookEndpointDto(WebhookEndpointDto.Of(endpoint), secret);
    }
}
