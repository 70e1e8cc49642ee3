using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueChanges;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueEditions.Events;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems.Events;
using ZhuhaiArtisan.Domain.Common;
using ZhuhaiArtisan.Infrastructure.Persistence.ChangeFeed;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Numbers the changes of the public catalogue a save adds (after the domain-event handlers have
/// added them). The number comes from a counter row updated in the save's own transaction: a
/// second writer waits on that row until the first commits, so numbers are committed in order
/// and a reader of the feed that has seen number n never later finds an n − 1 it missed.
/// </summary>
internal sealed class CatalogueChangeSequencer : SaveChangesInterceptor
{
    /// <summary>
    /// Whether a save will add changes to number, decided before it starts (the handlers that
    /// add them run inside it): such a save runs in a transaction of its own (see <see cref="AppDbContext"/>).
    /// </summary>
    public static bool WillNumberChanges(DbContext context) =>
        context.ChangeTracker.Entries<CatalogueChange>().Any(e => e.State == EntityState.Added)
        || context.ChangeTracker.Entries<AggregateRoot>().Any(a => a.Entity.DomainEvents.Any(e =>
            e is CatalogueEditionPublishedDomainEvent or CatalogueItemStatusChangedDomainEvent { LastPublishedEdition: not null }));

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && Pending(context) is { Count: > 0 } changes)
        {
            var counter = context.Set<CatalogueChangeCounter>().Where(c => c.Id == CatalogueChangeCounter.SingletonId);
            await counter.ExecuteUpdateAsync(s => s.SetProperty(c => c.LastSequence, c => c.LastSequence + changes.Count), cancellationToken);
            Number(changes, await counter.Select(c => c.LastSequence).SingleAsync(cancellationToken));
        }

        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context && Pending(context) is { Count: > 0 } changes)
        {
            var counter = context.Set<CatalogueChangeCounter>().Where(c => c.Id == CatalogueChangeCounter.SingletonId);
            counter.ExecuteUpdate(s => s.SetProperty(c => c.LastSequence, c => c.LastSequence + changes.Count));
            Number(changes, counter.Select(c => c.LastSequence).Single());
        }

        return base.SavingChanges(eventData, result);
    }

    private static List<CatalogueChange> Pending(DbContext context)
    {
        var changes = context.ChangeTracker.Entries<CatalogueChange>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (changes.Count > 0 && context.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Changes to the public catalogue are numbered inside the transaction that commits them.");
        }

        return changes;
    }

    private static void Number(List<CatalogueChange> changes, long last)
    {
        var next = last - changes.Count;
        foreach (var change in changes)
        {
            change.NumberAs(++next);
        }
    }
}
