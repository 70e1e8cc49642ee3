using ZhuhaiArtisan.Domain.Access.PartnerClients;

namespace ZhuhaiArtisan.Application.Integration.PublishWebhookEvents;

/// <summary>
/// Where a domain event handler puts an event that partners receive by webhook. It adds one
/// delivery per subscribed, active endpoint to the unit of work that raised the event, so the
/// deliveries commit (or roll back) with the change; the dispatcher sends them afterwards.
/// </summary>
/// <remarks>
/// Mapping a new domain event is one handler: implement <c>IDomainEventHandler&lt;TEvent&gt;</c>,
/// call <see cref="EnqueueAsync"/> with a type from <c>WebhookEventTypes</c> and the event's data,
/// and register the handler in <c>AddApplication</c>.
/// </remarks>
public interface IWebhookOutbox
{
    /// <param name="eventType">One of <c>WebhookEventTypes.All</c>.</param>
    /// <param name="data">The <c>data</c> of the delivered body, serialised as the API's JSON (camelCase, kebab-case enums).</param>
    /// <param name="occurredAt">When the event happened: the body's <c>timestamp</c>.</param>
    /// <param name="onlyFor">When the event concerns one partner's own records (a completion it pushed), only that partner's endpoints receive it; null: every subscribed partner.</param>
    Task EnqueueAsync(string eventType, object data, DateTimeOffset occurredAt, PartnerClientId? onlyFor, CancellationToken cancellationToken);
}
