using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ZhuhaiArtisan.Application.Common.Events;
using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Hands the events raised by tracked aggregates to their handlers before the commit, so that
/// whatever the handlers write (outbox rows, for instance) shares the change's transaction.
/// </summary>
internal sealed class DomainEventDispatchInterceptor(IServiceProvider services) : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await DispatchAsync(context, cancellationToken);
        }

        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private async Task DispatchAsync(DbContext context, CancellationToken cancellationToken)
    {
        var aggregates = context.ChangeTracker.Entries<AggregateRoot>()
            .Select(e => e.Entity)
            .Where(a => a.DomainEvents.Count > 0)
            .ToList();
        var events = aggregates.SelectMany(a => a.DomainEvents).ToList();
        aggregates.ForEach(a => a.ClearDomainEvents());

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
