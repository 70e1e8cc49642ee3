using Mediator;
using ZhuhaiArtisan.Application.Common.Concurrency;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Integration.Common;

namespace ZhuhaiArtisan.Application.Integration.ChangeWebhookEndpoint;

public sealed class ChangeWebhookEndpointCommandHandler(IApplicationDbContext db, ICurrentUser user, IWebhookUrlPolicy urls)
    : ICommandHandler<ChangeWebhookEndpointCommand, WebhookEndpointDto>
{
    public async ValueTask<WebhookEndpointDto> Handle(ChangeWebhookEndpointCommand command, CancellationToken cancellationToken)
    {
        var endpoint = await db.OwnEndpointAsync(user, command.Id, cancellationToken);
        ExpectedVersion.EnsureMatches(endpoint, command.IfMatch);
        var url = new Uri(command.Url!.Trim());
        await urls.EnsureAllowedAsync(url, cancellationToken);
        endpoint.Change(url.AbsoluteUri, command.EventTypes!, command.Description);
        await db.SaveChangesAsync(cancellationToken);
        return WebhookEndpointDto.Of(endpoint);
    }
}
