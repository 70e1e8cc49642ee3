using ZhuhaiArtisan.DataGenerator.Common;

namespace ZhuhaiArtisan.DataGenerator;

/// <summary>
/// When things happened, counted back from the as-of day: the organisations were registered in
/// the platform's first half year, the talents over the rest of its two years, one after another,
/// so that records written in order also carry increasing instants (and version-7 ids).
/// </summary>
internal sealed class Timeline(DateOnly asOf)
{
    public DateOnly AsOf { get; } = asOf;

    /// <summary>The close of the as-of day: nothing is recorded later.</summary>
    public DateTimeOffset End { get; } = ChinaTime.At(asOf, 18);

    public DateTimeOffset PlatformStart { get; } = ChinaTime.At(asOf.AddYears(-2), 9);

    public DateTimeOffset OrganizationsUntil => PlatformStart.AddDays(180);

    /// <summary>The day the city published the catalogue edition the generated classes are opened from, some eleven months back.</summary>
    public DateOnly CataloguePublished => AsOf.AddDays(-330);

    /// <summary>The institutions drafted their items in the four months before, and the city approved them as they came.</summary>
    public DateOnly CatalogueDraftedFrom => CataloguePublished.AddDays(-120);

    /// <summary>The last day a generated class starts: classes are planned up to two months ahead.</summary>
    public DateOnly ClassesPlannedUntil => AsOf.AddDays(60);

    public DateTimeOffset OrganizationRegistered(int index, int count, Random random) =>
        Spread(PlatformStart, OrganizationsUntil, index, count, random);

    public DateTimeOffset TalentRecorded(int index, int count, Random random) =>
        Spread(OrganizationsUntil, End, index, count, random);

    /// <summary>The index-th of count instants evenly spread over the span, each jittered within its own slot.</summary>
    private static DateTimeOffset Spread(DateTimeOffset from, DateTimeOffset until, int index, int count, Random random)
    {
        var slot = (until - from).Ticks / (double)count;
        return from.AddTicks((long)(slot * (index + random.NextDouble())));
    }
}
