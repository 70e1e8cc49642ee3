using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Auditing;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Integration.Common;
using ZhuhaiArtisan.Domain.Integration.WebhookDeliveries;
using ZhuhaiArtisan.Domain.Integration.WebhookEndpoints;

namespace ZhuhaiArtisan.Application.Integration.RedeliverWebhookDelivery;

/// <summary>
/// Queues a finished delivery again, same <c>webhook-id</c> and body; the dispatcher sends it at its
/// next poll. The endpoint must be active (reactivate it first after a 410).
/// </summary>
public sealed class RedeliverWebhookDeliveryCommandHandler(IApplicationDbContext db, ICurrentUser user, AuditTrail audit, TimeProvider clock)
    : ICommandHandler<RedeliverWebhookDeliveryCommand, WebhookDeliveryDto>
{
    public async ValueTask<WebhookDeliveryDto> Handle(RedeliverWebhookDeliveryCommand command, CancellationToken cancellationToken)
    {
        var client = user.EnsurePartner();
        var id = new WebhookDeliveryId(command.Id);
        var own = db.WebhookEndpoints.Where(e => e.PartnerClientId == client);
        var delivery = await db.WebhookDeliveries
                           .SingleOrDefaultAsync(d => d.Id == id && own.Any(e => e.Id == d.WebhookEndpointId), cancellationToken)
                       ?? throw NotFoundException.For("webhook_delivery", command.Id);
        var endpointId = delivery.WebhookEndpointId;
        if (!await own.AnyAsync(e => e.Id == endpointId && e.Status == WebhookEndpointStatus.Active, cancellationToken))
        {
            throw new ConflictException("webhook_endpoint.disabled", "The endpoint is disabled; reactivate it before redelivering.");
        }

        var before = delivery.Status;
        delivery.Redeliver(clock.GetUtcNow());
        audit.RecordChange(nameof(WebhookDelivery), delivery.Id.ToString(), new { status = before.ToString() }, new { status = delivery.Status.ToString() });
        await db.SaveChangesAsync(cancellationToken);
        return WebhookDeliveryDto.Of(delivery);
    }
}
