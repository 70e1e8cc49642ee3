using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Catalogue.Common;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueEditions;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.ReferenceData.IndustryClusters;

namespace ZhuhaiArtisan.Application.Catalogue.SearchCatalogueEditionItems;

/// <summary>
/// A page of candidates of the public search as a compiled query, one per shape — which filters
/// are given, and how many grams the text needs looked up — compiled the first time a shape is
/// asked for. The search is the catalogue's busiest public read; built from LINQ on every request,
/// making the expression tree and looking up its translation cost about a fifth of its CPU. Every
/// shape uses the same filters, written once below; a value absent from the shape is passed as a
/// default and not used.
/// </summary>
public static class CatalogueSearchQueries
{
    /// <summary>
    /// Grams required of a candidate beyond the one read along: the rarest ones. More would add
    /// little: each candidate is confirmed by its text anyway, and past the three rarest grams
    /// few are refused. (The templates take them as <c>gram1</c> and <c>gram2</c>: a third needs
    /// a parameter of its own, and the templates already take the fifteen EF allows.)
    /// </summary>
    public const int MaxGramsLookedUp = 2;

    private static readonly Expression<Func<CatalogueEditionEntry, DbContext, int, string, bool>> HoldsGram = (e, db, number, gram) =>
        db.Set<CatalogueEditionGram>().Any(g => g.EditionNumber == number && g.Gram == gram && g.Position == e.Position);

    private static readonly Expression<Func<CatalogueEditionEntry, string, bool>> OfOccupation = (e, occupation) => e.OccupationCode == occupation;
    private static readonly Expression<Func<CatalogueEditionEntry, int, bool>> ServesCluster = (e, bit) => (e.Clusters & bit) != 0;
    private static readonly Expression<Func<CatalogueEditionEntry, string, bool>> AtLevel = (e, level) => e.SkillLevelCode == level;
    private static readonly Expression<Func<CatalogueEditionEntry, OrganizationId, bool>> OfferedBy = (e, institution) => e.InstitutionId == institution;
    private static readonly Expression<Func<CatalogueEditionEntry, string, bool>> InDistrict = (e, district) => e.DistrictCode == district;
    private static readonly Expression<Func<CatalogueEditionEntry, bool, bool>> UrgentlyNeeded = (e, urgentlyNeeded) => e.IsUrgentlyNeeded == urgentlyNeeded;
    private static readonly Expression<Func<CatalogueEditionEntry, bool, bool>> NewOccupation = (e, newOccupation) => e.IsNewOccupation == newOccupation;
    private static readonly Expression<Func<CatalogueEditionEntry, TrainingType, bool>> OfTrainingType = (e, trainingType) => e.TrainingType == trainingType;
    private static readonly Expression<Func<CatalogueEditionEntry, DeliveryMode, bool>> DeliveredAs = (e, deliveryMode) => e.DeliveryMode == deliveryMode;

    /// <summary>Without text: the entries after a position, in edition order. The shape's filters go in place of <c>Where(e => true)</c>.</summary>
    private static readonly Expression<Func<DbContext, int, int, int, string, string, string, string, int, string, OrganizationId, string, bool, bool, TrainingType, DeliveryMode, IQueryable<PublishedEntry>>> InEditionOrder =
        (db, number, after, take, gram, gram1, gram2, occupation, cluster, level, institution, district, urgentlyNeeded, newOccupation, trainingType, deliveryMode) =>
            (from entry in db.Set<CatalogueEditionEntry>().AsNoTracking().Where(e => e.EditionNumber == number && e.Position > after).Where(e => true)
             join item in db.Set<CatalogueItem>() on entry.ItemId equals item.Id
             orderby entry.Position
             select new PublishedEntry(entry, item.Status))
            .Take(take);

    /// <summary>
    /// With text: the entries holding a gram after a position, read along its postings in
    /// position order, so a page stops as soon as it is full whether the gram is in every item
    /// (培训) or a few (焊工). (Read the other way round, as "position in the postings", the
    /// database first collects the whole posting list: 20,000 rows for a word every item has.)
    /// </summary>
    private static readonly Expression<Func<DbContext, int, int, int, string, string, string, string, int, string, OrganizationId, string, bool, bool, TrainingType, DeliveryMode, IQueryable<PublishedEntry>>> AlongPostings =
        (db, number, after, take, gram, gram1, gram2, occupation, cluster, level, institution, district, urgentlyNeeded, newOccupation, trainingType, deliveryMode) =>
            (from posting in db.Set<CatalogueEditionGram>()
             where posting.EditionNumber == number && posting.Gram == gram && posting.Position > after
             join entry in db.Set<CatalogueEditionEntry>().AsNoTracking().Where(e => e.EditionNumber == number).Where(e => true)
                 on new { posting.EditionNumber, posting.Position } equals new { entry.EditionNumber, entry.Position }
             join item in db.Set<CatalogueItem>() on entry.ItemId equals item.Id
             orderby posting.Position
             select new PublishedEntry(entry, item.Status))
            .Take(take);

    /// <summary>Each filter with the shape that has it and the templates' parameters it takes.</summary>
    private static readonly (Shape Shape, ExpressionTemplates.Filter Filter)[] Filters =
    [
        (Shape.Gram1, new(HoldsGram, "db", "number", "gram1")),
        (Shape.Gram2, new(HoldsGram, "db", "number", "gram2")),
        (Shape.Occupation, new(OfOccupation, "occupation")),
        (Shape.Cluster, new(ServesCluster, "cluster")),
        (Shape.Level, new(AtLevel, "level")),
        (Shape.Institution, new(OfferedBy, "institution")),
        (Shape.District, new(InDistrict, "district")),
        (Shape.UrgentlyNeeded, new(UrgentlyNeeded, "urgentlyNeeded")),
        (Shape.NewOccupation, new(NewOccupation, "newOccupation")),
        (Shape.TrainingType, new(OfTrainingType, "trainingType")),
        (Shape.DeliveryMode, new(DeliveredAs, "deliveryMode")),
    ];

    /// <summary>
    /// The shapes compiled so far. There are at most 2,048 (no, one, two or three grams, times
    /// the 2⁹ combinations of filters), each compiled once, so the set is kept whole: dropping it
    /// when large would let requests cycling through shapes make the busy ones compile again.
    /// </summary>
    private static readonly ConcurrentDictionary<Shape, CompiledQuery<Func<DbContext, int, int, int, string, string, string, string, int, string, OrganizationId, string, bool, bool, TrainingType, DeliveryMode, IAsyncEnumerable<PublishedEntry>>>> ByShape = new();

    [Flags]
    private enum Shape
    {
        None = 0,
        Text = 1,
        Gram1 = 2,
        Gram2 = 4,
        Occupation = 8,
        Cluster = 16,
        Level = 32,
        Institution = 64,
        District = 128,
        UrgentlyNeeded = 256,
        NewOccupation = 512,
        TrainingType = 1024,
        DeliveryMode = 2048,
    }

    /// <summary>
    /// Up to <paramref name="take"/> entries of the edition after a position that pass the
    /// query's filters and hold its grams, each with its item's live status. With grams, they
    /// are read along the first one's postings; <see cref="MaxGramsLookedUp"/> of the others are
    /// looked up per candidate, so a candidate still has to be confirmed by its text.
    /// </summary>
    public static Task<List<PublishedEntry>> ReadAsync(
        IApplicationDbContext db,
        SearchCatalogueEditionItemsQuery query,
        IReadOnlyList<string> gramsRarestFirst,
        int after,
        int take,
        CancellationToken cancellationToken)
    {
        var cluster = IndustryCluster.FindByCode(query.Cluster);
        var grams = gramsRarestFirst.Count;
        var shape = (grams > 0 ? Shape.Text : Shape.None)
            | (grams > 1 ? Shape.Gram1 : Shape.None)
            | (grams > 2 ? Shape.Gram2 : Shape.None)
            | (query.Occupation is null ? Shape.None : Shape.Occupation)
            | (cluster is null ? Shape.None : Shape.Cluster)
            | (query.Level is null ? Shape.None : Shape.Level)
            | (query.Institution is null ? Shape.None : Shape.Institution)
            | (query.District is null ? Shape.None : Shape.District)
            | (query.UrgentlyNeeded is null ? Shape.None : Shape.UrgentlyNeeded)
            | (query.NewOccupation is null ? Shape.None : Shape.NewOccupation)
            | (query.TrainingType is null ? Shape.None : Shape.TrainingType)
            | (query.DeliveryMode is null ? Shape.None : Shape.DeliveryMode);
        var context = db.ForCompiledQueries();
        var compiled = ByShape.GetOrAdd(shape, static s => new(() => EF.CompileAsyncQuery(For(s)))).For(context);
        return compiled(
                context,
                query.Number,
                after,
                take,
                grams > 0 ? gramsRarestFirst[0] : string.Empty,
                grams > 1 ? gramsRarestFirst[1] : string.Empty,
                grams > 2 ? gramsRarestFirst[2] : string.Empty,
                query.Occupation ?? string.Empty,
                cluster is null ? 0 : ClusterSet.BitOf(cluster),
                query.Level ?? string.Empty,
                new OrganizationId(query.Institution ?? Guid.Empty),
                query.District ?? string.Empty,
                query.UrgentlyNeeded ?? default,
                query.NewOccupation ?? default,
                query.TrainingType ?? default,
                query.DeliveryMode ?? default)
            .ToListAsync(cancellationToken)
            .AsTask();
    }

    /// <summary>The template of the shape with its filters in place of <c>Where(e => true)</c>.</summary>
    private static Expression<Func<DbContext, int, int, int, string, string, string, string, int, string, OrganizationId, string, bool, bool, TrainingType, DeliveryMode, IQueryable<PublishedEntry>>> For(Shape shape) =>
        ExpressionTemplates.Fill<Expression<Func<DbContext, int, int, int, string, string, string, string, int, string, OrganizationId, string, bool, bool, TrainingType, DeliveryMode, IQueryable<PublishedEntry>>>, CatalogueEditionEntry>(
            shape.HasFlag(Shape.Text) ? AlongPostings : InEditionOrder, Filters.Where(f => shape.HasFlag(f.Shape)).Select(f => f.Filter));
}
