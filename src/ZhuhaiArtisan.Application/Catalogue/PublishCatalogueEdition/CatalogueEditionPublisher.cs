using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Time;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueEditions;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;
using ZhuhaiArtisan.Domain.Organizations;

namespace ZhuhaiArtisan.Application.Catalogue.PublishCatalogueEdition;

/// <summary>
/// Publishes an edition: the edition, its entries and their search index in one transaction, all
/// of it or none. Used by the use case and by the demo data.
/// </summary>
public sealed class CatalogueEditionPublisher(IApplicationDbContext db, IBulkInserter bulk, IPlannerStatistics statistics, TimeProvider clock)
{
    public async Task<CatalogueEdition> PublishAsync(string title, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        var publishedEdition = await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var today = clock.TodayInChina();
            var number = (await db.CatalogueEditions.MaxAsync(e => (int?)e.Number, ct) ?? 0) + 1;

            // The items are claimed for the edition first, in one statement. Moving their version
            // on makes a change racing with the publication fail its If-Match check (412) rather
            // than commit unseen by the change feed, which records changes of published items only.
            // Two publications racing for the same number: the second fails on the edition's key.
            await db.CatalogueItems
                .Where(i => i.Status == CatalogueItemStatus.Approved && i.ValidUntil >= today)
                .Where(i => db.Organizations.Any(o =>
                    o.Id == i.InstitutionId
                    && o.Type != OrganizationType.Enterprise
                    && o.Labels.TrainingQualification != null
                    && o.Labels.TrainingQualification.ValidFrom <= today
                    && o.Labels.TrainingQualification.ValidUntil >= today))
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.LastPublishedEdition, number).SetProperty(i => i.Version, i => i.Version + 1), ct);

            var published = await (
                    from item in db.CatalogueItems.AsNoTracking()
                    join occupation in db.Occupations.AsNoTracking() on item.OccupationCode equals occupation.Code
                    join institution in db.Organizations.AsNoTracking() on item.InstitutionId equals institution.Id
                    where item.LastPublishedEdition == number
                    select new { Item = item, OccupationName = occupation.NameZh, Institution = institution })
                .ToListAsync(ct);

            // The edition's order: by occupation, then institution, then title; the id settles ties.
            var entries = published
                .OrderBy(p => p.Item.OccupationCode, StringComparer.Ordinal)
                .ThenBy(p => p.Institution.Name, StringComparer.Ordinal)
                .ThenBy(p => p.Item.Title, StringComparer.Ordinal)
                .ThenBy(p => p.Item.Id.Value)
                .Select((p, index) => CatalogueEditionEntry.Snapshot(number, index + 1, p.Item, p.OccupationName, p.Institution))
                .ToList();

            var edition = CatalogueEdition.Publish(number, title, entries.Count, clock.GetUtcNow());
            db.CatalogueEditions.Add(edition);
            await db.SaveChangesAsync(ct);
            await bulk.InsertAsync(entries, ct);
            await bulk.InsertAsync(entries.SelectMany(e => e.Grams()).ToList(), ct);
            await transaction.CommitAsync(ct);
            return edition;
        }, cancellationToken);

        // An edition adds its size again to the search index: the public search must be planned for it at once.
        await statistics.RefreshAsync<CatalogueEditionGram>(cancellationToken);
        await statistics.RefreshAsync<CatalogueEditionEntry>(cancellationToken);
        return publishedEdition;
    }
}
