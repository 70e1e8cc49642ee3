using Microsoft.Extensions.DependencyInjection;
using ZhuhaiArtisan.Application.Common.Events;
using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Interceptors;

/// <summary>Hands the events aggregates raised to their handlers, and clears them so none is handled twice.</summary>
internal sealed class DomainEventDispatcher(IServiceProvider services)
{
    public async Task DispatchAsync(IEnumerable<AggregateRoot> aggregates, CancellationToken cancellationToken)
    {
        var raising = aggregates.Where(a => a.DomainEvents.Count > 0).ToList();
        var events = raising.SelectMany(a => a.DomainEvents).ToList();
        raising.ForEach(a => a.ClearDomainEvents());

        foreach (var domainEvent in events)
        {
            var handlerType = typeof(IDomainEventHandler<>).MakeGenericType(domainEvent.GetType());
            foreach (var handler in services.GetServices(handlerType).OfType<IDomainEventHandler>())
            {
                await handler.HandleAsync(domainEvent, cancellationToken);
            }
        }
    }
}
