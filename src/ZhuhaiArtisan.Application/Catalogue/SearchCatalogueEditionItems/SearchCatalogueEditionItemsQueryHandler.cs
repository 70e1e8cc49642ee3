using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Catalogue.Common;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Time;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueEditions;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.ReferenceData.IndustryClusters;

namespace ZhuhaiArtisan.Application.Catalogue.SearchCatalogueEditionItems;

public sealed class SearchCatalogueEditionItemsQueryHandler(
    IApplicationDbContext db, ICursorCodec cursors, CatalogueGramFrequencies frequencies, TimeProvider clock)
    : IQueryHandler<SearchCatalogueEditionItemsQuery, Page<CatalogueEditionItemDto>>
{
    private const string ListName = "catalogue-edition-items";

    /// <summary>
    /// Candidates read beyond a page for a text search, as a share of it: a few may fail
    /// confirmation (their grams are all there, not side by side) and cost no second read, while
    /// every candidate read is a row of some twenty columns materialised.
    /// </summary>
    private const int CandidateSlackDivisor = 4;

    public async ValueTask<Page<CatalogueEditionItemDto>> Handle(SearchCatalogueEditionItemsQuery query, CancellationToken cancellationToken)
    {
        var limit = PageLimits.Resolve(query.Limit);
        // The cursor names its edition: a cursor of one edition is refused by another.
        var after = cursors.DecodePosition($"{ListName}/{query.Number.ToString(CultureInfo.InvariantCulture)}", query.Cursor);
        var number = query.Number;
        var entries = db.CatalogueEditionEntries.AsNoTracking().Where(e => e.EditionNumber == number);
        var terms = CatalogueSearchText.TermsOf(query.Search);
        // A text search is read along one gram's postings, in position order, so a page stops as
        // soon as it is full whether the gram is in every item (培训) or a few (焊工); each other
        // gram is one primary-key lookup per candidate. (Read the other way round, as "position
        // in the postings", the database first collects the whole posting list: 20,000 rows for
        // a word every item has.) The rarest gram in the edition drives.
        var grams = await frequencies.RarestFirstAsync(db, number, CatalogueSearchText.GramsRequiredBy(terms), cancellationToken);
        foreach (var gram in grams.Skip(1))
        {
            entries = entries.Where(e => db.CatalogueEditionGrams.Any(g => g.EditionNumber == number && g.Gram == gram && g.Position == e.Position));
        }

        if (query.Occupation is not null)
        {
            entries = entries.Where(e => e.OccupationCode == query.Occupation);
        }

        if (IndustryCluster.FindByCode(query.Cluster) is { } cluster)
        {
            var bit = ClusterSet.BitOf(cluster);
            entries = entries.Where(e => (e.Clusters & bit) != 0);
        }

        if (query.Level is not null)
        {
            entries = entries.Where(e => e.SkillLevelCode == query.Level);
        }

        if (query.Institution is { } institution)
        {
            entries = entries.Where(e => e.InstitutionId == new OrganizationId(institution));
        }

        if (query.District is not null)
        {
            entries = entries.Where(e => e.DistrictCode == query.District);
        }

        if (query.UrgentlyNeeded is { } urgentlyNeeded)
        {
            entries = entries.Where(e => e.IsUrgentlyNeeded == urgentlyNeeded);
        }

        if (query.NewOccupation is { } newOccupation)
        {
            entries = entries.Where(e => e.IsNewOccupation == newOccupation);
        }

        if (query.TrainingType is { } trainingType)
        {
            entries = entries.Where(e => e.TrainingType == trainingType);
        }

        if (query.DeliveryMode is { } deliveryMode)
        {
            entries = entries.Where(e => e.DeliveryMode == deliveryMode);
        }

        var from = after is null ? 0
            : int.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var position) ? position
            : throw new InvalidCursorException();
        Func<int, IQueryable<PublishedEntry>> entriesAfter = grams.Count == 0
            ? position => entries.Where(e => e.Position > position).WithLiveStatus(db)
            : position => PostingsAfter(number, grams[0], position, entries);
        var rows = await ReadConfirmedAsync(entriesAfter, terms, from, limit + 1, cancellationToken);
        // Entries are only ever of an edition that exists: only an empty page asks whether it does.
        if (rows.Count == 0 && !await db.CatalogueEditions.AnyAsync(e => e.Number == number, cancellationToken))
        {
            throw NotFoundException.For("catalogue_edition", number);
        }

        var page = cursors.ToPage($"{ListName}/{number.ToString(CultureInfo.InvariantCulture)}", rows, limit, r => r.Entry.Position.ToString(CultureInfo.InvariantCulture));
        var today = clock.TodayInChina();
        return new Page<CatalogueEditionItemDto>(page.Items.Select(r => CatalogueEditionItemDto.Of(r, today)).ToList(), page.NextCursor);
    }

    /// <summary>The entries holding <paramref name="gram"/> after a position, in position order, read along its postings.</summary>
    private IQueryable<PublishedEntry> PostingsAfter(int number, string gram, int after, IQueryable<CatalogueEditionEntry> entries) =>
        from posting in db.CatalogueEditionGrams
        where posting.EditionNumber == number && posting.Gram == gram && posting.Position > after
        join entry in entries on new { posting.EditionNumber, posting.Position } equals new { entry.EditionNumber, entry.Position }
        join item in db.CatalogueItems on entry.ItemId equals item.Id
        orderby posting.Position
        select new PublishedEntry(entry, item.Status);

    /// <summary>
    /// Up to <paramref name="count"/> entries after a position whose text holds every term. Grams
    /// do not say they are adjacent, so each candidate is confirmed by a substring match, here
    /// rather than in SQL: a database plans a substring test badly (PostgreSQL takes a LIKE
    /// '%…%' for rare and tests every entry's text instead of starting from the index: 20 ms
    /// instead of 2 among 20,000 entries), and an ordinal match on normalised text is the same
    /// everywhere. A candidate rarely fails, so one read almost always suffices.
    /// </summary>
    private async Task<List<PublishedEntry>> ReadConfirmedAsync(
        Func<int, IQueryable<PublishedEntry>> entriesAfter, IReadOnlyList<string> terms, int after, int count, CancellationToken cancellationToken)
    {
        var confirmed = new List<PublishedEntry>(count);
        // A term of one or two characters is its own gram: every candidate holds it, none is
        // refused, and a page's worth is all there is to read.
        var batch = terms.All(t => t.EnumerateRunes().Count() <= 2) ? count : count + Math.Max(1, count / CandidateSlackDivisor);
        while (true)
        {
            var candidates = await entriesAfter(after).Take(batch).ToListAsync(cancellationToken);
            foreach (var candidate in candidates.Where(c => terms.All(t => c.Entry.SearchText.Contains(t, StringComparison.Ordinal))))
            {
                confirmed.Add(candidate);
                if (confirmed.Count == count)
                {
                    return confirmed;
                }
            }

            if (candidates.Count < batch)
            {
                return confirmed;
            }

            after = candidates[^1].Entry.Position;
        }
    }
}
