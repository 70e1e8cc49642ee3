using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Hands the events raised by tracked aggregates to their handlers before the commit, so that
/// whatever the handlers write (outbox rows, for instance) shares the change's transaction.
/// </summary>
internal sealed class DomainEventDispatchInterceptor(DomainEventDispatcher dispatcher) : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await DispatchAsync(context, cancellationToken);
        }

        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private Task DispatchAsync(DbContext context, CancellationToken cancellationToken) =>
        dispatcher.DispatchAsync(context.ChangeTracker.Entries<AggregateRoot>().Select(e => e.Entity), cancellationToken);
}
