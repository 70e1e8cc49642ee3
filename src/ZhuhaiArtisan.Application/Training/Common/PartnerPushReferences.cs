using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Domain.Access.PartnerClients;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Talents.TalentImports;
using ZhuhaiArtisan.Domain.Training.PartnerRecords;
using ZhuhaiArtisan.Domain.Training.TrainingClasses;

namespace ZhuhaiArtisan.Application.Training.Common;

/// <summary>What pushed rows refer to, read for the whole batch at once: classes (by the platform's id or the partner's), their items, talents.</summary>
public static class PartnerPushReferences
{
    /// <summary>
    /// The class each row refers to, by <paramref name="classIdOf"/> or by the partner's external id
    /// (<paramref name="classExternalIdOf"/>), among the classes the partner may see; rows whose class
    /// is unknown or not the partner's are rejected.
    /// </summary>
    public static async Task<Dictionary<int, TrainingClass>> ClassesOfRowsAsync<TRow>(
        this IApplicationDbContext db,
        ICurrentUser user,
        PartnerPush push,
        IReadOnlyList<TRow?> rows,
        IReadOnlyList<int> indexes,
        Func<TRow, Guid?> classIdOf,
        Func<TRow, string?> classExternalIdOf,
        Func<TRow, string?> externalIdOf,
        CancellationToken cancellationToken)
        where TRow : class
    {
        var byExternalId = await push.LinksAsync(PartnerRecordKind.Classes, indexes.Select(i => classExternalIdOf(rows[i]!)).OfType<string>(), cancellationToken);
        Guid? ClassIdOf(TRow row) =>
            classIdOf(row) ?? (classExternalIdOf(row) is { } external && byExternalId.TryGetValue(external, out var link) ? link.RecordId : null);

        var ids = indexes.Select(i => ClassIdOf(rows[i]!)).OfType<Guid>().Distinct().Select(id => new TrainingClassId(id)).ToList();
        var classes = new Dictionary<TrainingClassId, TrainingClass>();
        foreach (var batch in ids.Chunk(PartnerPushLimits.LookupBatch))
        {
            var found = await db.TrainingClasses.AsNoTracking().VisibleTo(db, user).Where(c => batch.Contains(c.Id)).ToListAsync(cancellationToken);
            found.ForEach(c => classes[c.Id] = c);
        }

        var result = new Dictionary<int, TrainingClass>();
        foreach (var index in indexes)
        {
            var row = rows[index]!;
            if (ClassIdOf(row) is { } id && classes.TryGetValue(new TrainingClassId(id), out var trainingClass))
            {
                result[index] = trainingClass;
            }
            else
            {
                var field = classIdOf(row) is null ? "classExternalId" : "classId";
                push.Reject(index, externalIdOf(row), new RowProblem(field, "row.unknown_reference", "No class of yours (or of an online item) has this id."));
            }
        }

        return result;
    }

    /// <summary>The items of the classes, a batch at a time.</summary>
    public static async Task<Dictionary<CatalogueItemId, CatalogueItem>> ItemsOfAsync(this IApplicationDbContext db, IEnumerable<TrainingClass> classes, CancellationToken cancellationToken)
    {
        var found = new Dictionary<CatalogueItemId, CatalogueItem>();
        foreach (var batch in classes.Select(c => c.CatalogueItemId).Distinct().Chunk(PartnerPushLimits.LookupBatch))
        {
            var items = await db.CatalogueItems.AsNoTracking().Where(i => batch.Contains(i.Id)).ToListAsync(cancellationToken);
            items.ForEach(i => found[i.Id] = i);
        }

        return found;
    }

    /// <summary>
    /// Which of the talent ids the partner may name by id: those it enrolled before. Anyone else is
    /// pushed with their identity document, which a partner that knows the person has; an id
    /// alone must not reach a stranger's record.
    /// </summary>
    public static async Task<HashSet<TalentId>> TalentsEnrolledByAsync(
        this IApplicationDbContext db, PartnerClientId partner, IEnumerable<TalentId> ids, CancellationToken cancellationToken)
    {
        var found = new HashSet<TalentId>();
        foreach (var batch in ids.Distinct().Chunk(PartnerPushLimits.LookupBatch))
        {
            found.UnionWith(await db.Enrolments
                .Where(e => e.PushedByPartner == partner && batch.Contains(e.TalentId))
                .Select(e => e.TalentId).Distinct().ToListAsync(cancellationToken));
        }

        return found;
    }

    public static async Task<Dictionary<string, TalentId>> TalentsByHashAsync(this IApplicationDbContext db, IEnumerable<string> hashes, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, TalentId>(StringComparer.Ordinal);
        foreach (var batch in hashes.Distinct(StringComparer.Ordinal).Chunk(PartnerPushLimits.LookupBatch))
        {
            var talents = await db.Talents.Where(t => batch.Contains(t.IdentityNumberHash)).Select(t => new { t.IdentityNumberHash, t.Id }).ToListAsync(cancellationToken);
            talents.ForEach(t => found[t.IdentityNumberHash] = t.Id);
        }

        return found;
    }
}
