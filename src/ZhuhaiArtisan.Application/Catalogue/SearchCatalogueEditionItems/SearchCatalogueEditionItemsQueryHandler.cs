using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Catalogue.Common;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Time;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueEditions;

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

    /// <summary>The most candidates one read takes while they keep being refused.</summary>
    private const int MaxCandidatesRead = 1_000;

    public async ValueTask<Page<CatalogueEditionItemDto>> Handle(SearchCatalogueEditionItemsQuery query, CancellationToken cancellationToken)
    {
        var limit = PageLimits.Resolve(query.Limit);
        // The cursor names its edition: a cursor of one edition is refused by another.
        var after = cursors.DecodePosition($"{ListName}/{query.Number.ToString(CultureInfo.InvariantCulture)}", query.Cursor);
        var number = query.Number;
        var terms = CatalogueSearchText.TermsOf(query.Search);
        // The rarest gram in the edition is read along, the next two rarest are looked up per candidate.
        var grams = await frequencies.RarestFirstAsync(db, number, CatalogueSearchText.GramsRequiredBy(terms), cancellationToken);
        var from = after is null ? 0
            : int.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var position) ? position
            : throw new InvalidCursorException();
        var rows = await ReadConfirmedAsync(
            (start, take) => CatalogueSearchQueries.ReadAsync(db, query, grams, start, take, cancellationToken),
            terms,
            EveryCandidateHoldsTheText(terms, grams.Count),
            from,
            limit + 1);
        // Entries are only ever of an edition that exists: only an empty page asks whether it does.
        if (rows.Count == 0 && !await db.CatalogueEditions.AnyAsync(e => e.Number == number, cancellationToken))
        {
            throw NotFoundException.For("catalogue_edition", number);
        }

        var page = cursors.ToPage($"{ListName}/{number.ToString(CultureInfo.InvariantCulture)}", rows, limit, r => r.Entry.Position.ToString(CultureInfo.InvariantCulture));
        var today = clock.TodayInChina();
        return new Page<CatalogueEditionItemDto>(page.Items.Select(r => CatalogueEditionItemDto.Of(r, today)).ToList(), page.NextCursor);
    }

    /// <summary>
    /// Up to <paramref name="count"/> entries after a position whose text holds every term. Grams
    /// do not say they are adjacent, so each candidate is confirmed by a substring match, here
    /// rather than in SQL: a database plans a substring test badly (PostgreSQL takes a LIKE
    /// '%…%' for rare and tests every entry's text instead of starting from the index: 20 ms
    /// instead of 2 among 20,000 entries), and an ordinal match on normalised text is the same
    /// everywhere. A candidate rarely fails, so one read almost always suffices.
    /// </summary>
    private static async Task<List<PublishedEntry>> ReadConfirmedAsync(
        Func<int, int, Task<List<PublishedEntry>>> entriesAfter, IReadOnlyList<string> terms, bool everyCandidateHoldsTheText, int after, int count)
    {
        var confirmed = new List<PublishedEntry>(count);
        var batch = everyCandidateHoldsTheText ? count : count + Math.Max(1, count / CandidateSlackDivisor);
        while (true)
        {
            var candidates = await entriesAfter(after, batch);
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
            // Candidates are being refused: read further ahead each time rather than a page's worth
            // per round trip, in case the text's rarest grams often stand together without it.
            batch = Math.Min(batch * 2, MaxCandidatesRead);
        }
    }

    /// <summary>
    /// Whether the database already told every term: a term of one or two characters is its own
    /// gram, so a candidate holding every gram holds the text — when every gram is checked in SQL
    /// (the one read along and <see cref="CatalogueSearchQueries.MaxGramsLookedUp"/> more).
    /// </summary>
    private static bool EveryCandidateHoldsTheText(IReadOnlyList<string> terms, int grams) =>
        grams <= 1 + CatalogueSearchQueries.MaxGramsLookedUp && terms.All(t => t.EnumerateRunes().Count() <= 2);
}
