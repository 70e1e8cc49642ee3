using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Application.Common.Events;

/// <summary>A handler of one event type; register it as <c>IDomainEventHandler&lt;TEvent&gt;</c>.</summary>
public interface IDomainEventHandler<in TEvent> : IDomainEventHandler
    where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);

    Task IDomainEventHandler.HandleAsync(IDomainEvent domainEvent, CancellationToken cancellationToken) =>
        HandleAsync((TEvent)domainEvent, cancellationToken);
}
