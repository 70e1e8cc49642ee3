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

public sealed class SearchCatalogueEditionItemsQueryHandler(IApplicationDbContext db, ICursorCodec cursors, TimeProvider clock)
    : IQueryHandler<SearchCatalogueEditionItemsQuery, Page<CatalogueEditionItemDto>>
{
    private const string ListName = "catalogue-edition-items";

    public async ValueTask<Page<CatalogueEditionItemDto>> Handle(SearchCatalogueEditionItemsQuery query, CancellationToken cancellationToken)
    {
        var limit = PageLimits.Resolve(query.Limit);
        // The cursor names its edition: a cursor of one edition is refused by another.
        var after = cursors.DecodePosition($"{ListName}/{query.Number.ToString(CultureInfo.InvariantCulture)}", query.Cursor);
        var number = query.Number;
        if (!await db.CatalogueEditions.AnyAsync(e => e.Number == number, cancellationToken))
        {
            throw NotFoundException.For("catalogue_edition", number);
        }

        var entries = db.CatalogueEditionEntries.AsNoTracking().Where(e => e.EditionNumber == number);
        var terms = CatalogueSearchText.TermsOf(query.Search);
        if (terms.Count > 0)
        {
            // Candidates from the index (every gram of every term), confirmed by substring.
            var grams = CatalogueSearchText.GramsRequiredBy(terms).ToList();
            var required = grams.Count;
            var candidates = db.CatalogueEditionGrams
                .Where(g => g.EditionNumber == number && grams.Contains(g.Gram))
                .GroupBy(g => g.Position)
                .Where(g => g.Count() == required)
                .Select(g => g.Key);
            entries = entries.Where(e => candidates.Contains(e.Position));
            foreach (var term in terms)
            {
                entries = entries.Where(e => e.SearchText.Contains(term));
            }
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

        if (after is not null)
        {
            var position = int.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : throw new InvalidCursorException();
            entries = entries.Where(e => e.Position > position);
        }

        var rows = await entries.WithLiveStatus(db).Take(limit + 1).ToListAsync(cancellationToken);
        var page = cursors.ToPage($"{ListName}/{number.ToString(CultureInfo.InvariantCulture)}", rows, limit, r => r.Entry.Position.ToString(CultureInfo.InvariantCulture));
        var today = clock.TodayInChina();
        return new Page<CatalogueEditionItemDto>(page.Items.Select(r => CatalogueEditionItemDto.Of(r, today)).ToList(), page.NextCursor);
    }
}
