using System.Globalization;
using ZhuhaiArtisan.DataGenerator.Common;
using ZhuhaiArtisan.DataGenerator.Modules;
using ZhuhaiArtisan.DataGenerator.Organizations;
using ZhuhaiArtisan.DataGenerator.Sqlite;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueChanges;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueEditions;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;

namespace ZhuhaiArtisan.DataGenerator.Catalogue;

/// <summary>
/// The training catalogue (培训目录): items drafted, submitted and approved through the domain's
/// own methods by the colleges, schools and training institutions qualified to train, then
/// published as edition 1 exactly as CatalogueEditionPublisher publishes one: the approved items
/// of institutions qualified that day, in its order (occupation, institution name, title, id), each
/// snapshot by <see cref="CatalogueEditionEntry.Snapshot"/> with the search grams of
/// <see cref="CatalogueEditionEntry.Grams"/>, the items marked with the edition, and the change
/// feed's entry. Since then a few items have been suspended or withdrawn, each in the feed.
/// </summary>
internal sealed class CatalogueWriter : IModuleWriter
{
    public const int EditionNumber = 1;

    // The commonest trades first, so that even a small catalogue answers 电工 and 焊工.
    private static readonly string[] FirstOccupations = ["6-31-01-03", "6-18-02-04"];

    private static readonly string[] ItemColumns =
    [
        "Id", "InstitutionId", "Title", "OccupationCode", "SkillLevelCode", "TrainingType", "TheoryHours", "PracticeHours", "FeePerPerson",
        "DeliveryMode", "ClusterCodes", "IsUrgentlyNeeded", "IsNewOccupation", "ValidFrom", "ValidUntil", "Status", "SubsidyPerPerson",
        "SubsidyBasis", "RejectionReason", "StatusNote", "LastPublishedEdition", "DraftedAt", "StatusChangedAt", "Version",
    ];

    private static readonly string[] EntryColumns =
    [
        "EditionNumber", "Position", "ItemId", "Title", "OccupationCode", "OccupationName", "SkillLevelCode", "TrainingType", "TheoryHours",
        "PracticeHours", "FeePerPerson", "SubsidyPerPerson", "DeliveryMode", "Clusters", "IsUrgentlyNeeded", "IsNewOccupation", "ValidFrom",
        "ValidUntil", "InstitutionId", "InstitutionName", "DistrictCode", "SearchText",
    ];

    private static readonly string[] ChangeColumns = ["Id", "Sequence", "Kind", "OccurredAt", "EditionNumber", "ItemId", "LiveStatus"];

    public string Module => "catalogue";

    public IReadOnlyList<string> Tables => ["CatalogueItems", "CatalogueEditions", "CatalogueEditionEntries", "CatalogueEditionGrams", "CatalogueChanges"];

    public void Write(GenerationContext context, BulkLoadSession session, CancellationToken cancellationToken)
    {
        var random = context.RandomFor(Module);
        var timeline = context.Timeline;
        var count = context.Options.CatalogueItems;
        var published = timeline.CataloguePublished;
        var institutions = context.Organizations.All
            .Where(o => o.TrainsOn(timeline.CatalogueDraftedFrom) && o.TrainsOn(published))
            .ToList();
        if (count > 0 && institutions.Count == 0)
        {
            throw new GenerationException("No institution is qualified to train through the catalogue's drafting months.");
        }

        var institutionChoice = count == 0 ? null : new WeightedChoice<GeneratedOrganization>(institutions.Select(o => (o, o.Size)));
        var factory = new CatalogueContentFactory(context.Reference);
        var occupationNames = context.Reference.Occupations.ToDictionary(o => o.Code, o => o.NameZh, StringComparer.Ordinal);
        var items = new List<(CatalogueItem Item, GeneratedOrganization Institution)>(count);
        var validUntil = published.AddYears(2).AddDays(-1);
        var draftingDays = published.AddDays(-14).DayNumber - timeline.CatalogueDraftedFrom.DayNumber;

        using (var phase = context.Progress.Phase("catalogue items drafted, submitted and approved", count, () => items.Count))
        {
            for (var i = 0; i < count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var institution = institutionChoice!.Next(random);
                var occupation = factory.Occupation(random, institution.Clusters, i < FirstOccupations.Length ? FirstOccupations[i] : null);
                var (content, level) = factory.Create(random, occupation, institution.Clusters, published, validUntil);

                // Drafted, submitted a few days later, approved within weeks, all before the publication.
                var drafted = timeline.CatalogueDraftedFrom.AddDays((int)((long)i * draftingDays / count));
                var submitted = drafted.AddDays(random.Next(0, 4));
                var approved = submitted.AddDays(random.Next(1, 10));
                var draftedAt = ChinaTime.At(drafted, 9 + random.Next(8), random.Next(60));
                var item = CatalogueItem.Draft(new CatalogueItemId(SeededGuids.Version7(draftedAt, random)), institution.Entity, content, drafted, draftedAt);
                item.Submit(institution.Entity, submitted, ChinaTime.At(submitted, 9 + random.Next(8), random.Next(60)));
                var subsidy = Math.Min(CatalogueContentFactory.StandardOf(level), content.FeePerPerson);
                item.Approve(subsidy, $"珠海市补贴性职业技能培训补贴标准（{level.NameZh}）", institution.Entity, approved,
                    ChinaTime.At(approved, 9 + random.Next(8), random.Next(60)));
                items.Add((item, institution));
                phase.Advance();
            }
        }

        // The publication, as CatalogueEditionPublisher does it: its claim, its order, its snapshot and its index.
        var publishedAt = ChinaTime.At(published, 10);
        var ordered = items
            .OrderBy(p => p.Item.OccupationCode, StringComparer.Ordinal)
            .ThenBy(p => p.Institution.Entity.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Item.Title, StringComparer.Ordinal)
            .ThenBy(p => p.Item.Id.Value)
            .ToList();
        var entries = ordered
            .Select((p, index) => CatalogueEditionEntry.Snapshot(EditionNumber, index + 1, p.Item, occupationNames[p.Item.OccupationCode], p.Institution.Entity))
            .ToList();
        foreach (var (item, _) in items)
        {
            item.MarkPublishedIn(EditionNumber);
        }

        var changes = new List<(DateTimeOffset At, CatalogueItemId? Item, CatalogueLiveStatus? Status)>();
        if (count > 0)
        {
            changes.Add((publishedAt, null, null));
        }

        // Since then the city has suspended a few items (some reinstated) and withdrawn fewer.
        var changeRandom = context.RandomFor("catalogue/status-changes");
        var days = timeline.AsOf.DayNumber - published.DayNumber;
        foreach (var (item, _) in items)
        {
            var draw = changeRandom.NextDouble();
            if (draw >= 0.025 || days < 2)
            {
                continue;
            }

            var at = ChinaTime.At(published.AddDays(changeRandom.Next(1, days)), 9 + changeRandom.Next(8));
            if (draw < 0.006)
            {
                item.Withdraw(at);
                changes.Add((at, item.Id, CatalogueLiveStatus.Withdrawn));
                continue;
            }

            item.Suspend("复核中：培训机构师资或场地信息待补正", at);
            changes.Add((at, item.Id, CatalogueLiveStatus.Suspended));
            var reinstated = at.AddDays(changeRandom.Next(7, 60));
            if (draw < 0.015 && reinstated < timeline.End)
            {
                item.Reinstate(reinstated);
                changes.Add((reinstated, item.Id, CatalogueLiveStatus.Active));
            }
        }

        using (var inserter = session.Inserter("CatalogueItems", ItemColumns))
        {
            foreach (var (item, _) in items)
            {
                InsertItem(inserter, item);
            }

            context.Counts["catalogueItems"] = inserter.Rows;
        }

        WriteEdition(context, session, entries, publishedAt);
        WriteChanges(context, session, changes, changeRandom);

        context.PublishedItems = items
            .Where(p => p.Item.Status == CatalogueItemStatus.Approved)
            .Select(p => new PublishedItem(p.Item, p.Institution, Math.Exp(0.8 * random.Gaussian()) * (p.Item.IsUrgentlyNeeded ? 1.5 : 1.0)))
            .ToList();
        context.Samples.Catalogue(EditionNumber, entries);
    }

    private static void WriteEdition(GenerationContext context, BulkLoadSession session, List<CatalogueEditionEntry> entries, DateTimeOffset publishedAt)
    {
        if (entries.Count == 0)
        {
            context.Counts["catalogueEditions"] = 0;
            return;
        }

        var edition = CatalogueEdition.Publish(EditionNumber, $"{publishedAt.AddDays(30).Year}年珠海市补贴性职业技能培训目录", entries.Count, publishedAt);
        using (var editions = session.Inserter("CatalogueEditions", "Number", "Title", "PublishedAt", "ItemCount"))
        {
            editions.Insert(edition.Number, edition.Title, StoredValues.Of(edition.PublishedAt), edition.ItemCount);
            context.Counts["catalogueEditions"] = editions.Rows;
        }

        using var entryInserter = session.Inserter("CatalogueEditionEntries", EntryColumns);
        using var gramInserter = session.Inserter("CatalogueEditionGrams", "EditionNumber", "Gram", "Position");
        using (var phase = context.Progress.Phase("catalogue edition and its search grams", entries.Count, () => session.RowsWritten))
        {
            foreach (var entry in entries)
            {
                entryInserter.Insert(
                    entry.EditionNumber, entry.Position, StoredValues.Of(entry.ItemId.Value), entry.Title, entry.OccupationCode, entry.OccupationName,
                    entry.SkillLevelCode, StoredValues.Of(entry.TrainingType), entry.TheoryHours, entry.PracticeHours, entry.FeePerPerson,
                    entry.SubsidyPerPerson, StoredValues.Of(entry.DeliveryMode), entry.Clusters, StoredValues.Of(entry.IsUrgentlyNeeded),
                    StoredValues.Of(entry.IsNewOccupation), StoredValues.Of(entry.ValidFrom), StoredValues.Of(entry.ValidUntil),
                    StoredValues.Of(entry.InstitutionId.Value), entry.InstitutionName, entry.DistrictCode, entry.SearchText);
                foreach (var gram in entry.Grams())
                {
                    gramInserter.Insert(gram.EditionNumber, gram.Gram, gram.Position);
                }

                phase.Advance();
            }
        }

        context.Counts["catalogueEditionEntries"] = entryInserter.Rows;
        context.Counts["catalogueEditionGrams"] = gramInserter.Rows;
    }

    /// <summary>The change feed in the order the changes were committed, and its counter where the sequencer would have left it.</summary>
    private static void WriteChanges(
        GenerationContext context, BulkLoadSession session, List<(DateTimeOffset At, CatalogueItemId? Item, CatalogueLiveStatus? Status)> changes, Random random)
    {
        using var inserter = session.Inserter("CatalogueChanges", ChangeColumns);
        var sequence = 0L;
        foreach (var change in changes.OrderBy(c => c.At))
        {
            sequence++;
            inserter.Insert(
                StoredValues.Of(SeededGuids.Version7(change.At, random)), sequence,
                StoredValues.Of(change.Item is null ? CatalogueChangeKind.EditionPublished : CatalogueChangeKind.ItemStatusChanged),
                StoredValues.Of(change.At), change.Item is null ? EditionNumber : DBNull.Value, StoredValues.Of(change.Item?.Value),
                change.Status is { } status ? StoredValues.Of(status) : DBNull.Value);
        }

        session.ExecuteInLoad(string.Create(CultureInfo.InvariantCulture, $"UPDATE \"CatalogueChangeCounter\" SET \"LastSequence\" = {sequence}"));
        context.Counts["catalogueChanges"] = inserter.Rows;
    }

    private static void InsertItem(TableInserter items, CatalogueItem item) =>
        items.Insert(
            StoredValues.Of(item.Id.Value), StoredValues.Of(item.InstitutionId.Value), item.Title, item.OccupationCode, item.SkillLevelCode,
            StoredValues.Of(item.TrainingType), item.TheoryHours, item.PracticeHours, item.FeePerPerson, StoredValues.Of(item.DeliveryMode),
            StoredValues.JsonArray(item.ClusterCodes), StoredValues.Of(item.IsUrgentlyNeeded), StoredValues.Of(item.IsNewOccupation),
            StoredValues.Of(item.ValidFrom), StoredValues.Of(item.ValidUntil), StoredValues.Of(item.Status), StoredValues.Of(item.SubsidyPerPerson),
            StoredValues.OrNull(item.SubsidyBasis), item.RejectionReason is { } reason ? StoredValues.Of(reason) : DBNull.Value,
            StoredValues.OrNull(item.StatusNote), item.LastPublishedEdition is { } edition ? edition : DBNull.Value,
            StoredValues.Of(item.DraftedAt), StoredValues.Of(item.StatusChangedAt), item.Version);
}
