using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Hands the events raised by tracked aggregates to their handlers before the commit, so that
/// whatever the handlers write (outbox rows, for instance) shares the change's transaction. One
/// instance serves every (pooled) context; the handlers come from the scope the saving context is
/// leased to, so they work in the same unit of work.
/// </summary>
internal sealed class DomainEventDispatchInterceptor : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await DispatchAsync(context, cancellationToken);
        }

        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private static Task DispatchAsync(DbContext context, CancellationToken cancellationToken) =>
        ((AppDbContext)context).ScopeServices.GetRequiredService<DomainEventDispatcher>()
            .DispatchAsync(context.ChangeTracker.Entries<AggregateRoot>().Select(e => e.Entity), cancellationToken);
}
