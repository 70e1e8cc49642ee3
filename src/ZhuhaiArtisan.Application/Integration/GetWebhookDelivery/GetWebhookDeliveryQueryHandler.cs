using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Integration.Common;
using ZhuhaiArtisan.Domain.Integration.WebhookDeliveries;

namespace ZhuhaiArtisan.Application.Integration.GetWebhookDelivery;

public sealed class GetWebhookDeliveryQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<GetWebhookDeliveryQuery, WebhookDeliveryDetailsDto>
{
    public async ValueTask<WebhookDeliveryDetailsDto> Handle(GetWebhookDeliveryQuery query, CancellationToken cancellationToken)
    {
        user.EnsureMayReadWebhooks();
        var id = new WebhookDeliveryId(query.Id);
        var visible = db.WebhookEndpoints.VisibleTo(user).Select(e => e.Id);
        var delivery = await db.WebhookDeliveries.AsNoTracking()
                           .SingleOrDefaultAsync(d => d.Id == id && visible.Contains(d.WebhookEndpointId), cancellationToken)
                       ?? throw NotFoundException.For("webhook_delivery", query.Id);
        var attempts = await db.WebhookDeliveryAttempts.AsNoTracking()
            .Where(a => a.WebhookDeliveryId == id)
            .OrderBy(a => a.Id)
            .Select(a => new WebhookDeliveryAttemptDto(a.AttemptedAt, a.StatusCode, a.DurationMilliseconds, a.Error))
            .ToListAsync(cancellationToken);
        return new WebhookDeliveryDetailsDto(WebhookDeliveryDto.Of(delivery), delivery.Payload, attempts);
    }
}
