using ZhuhaiArtisan.DataGenerator.Catalogue;

namespace ZhuhaiArtisan.DataGenerator.Training;

/// <summary>A class before it is written: its item, its session dates and how many it will enrol.</summary>
internal sealed class ClassPlan(PublishedItem item, DateTimeOffset openedAt, IReadOnlyList<DateOnly> sessions, int capacity, double demand)
{
    public PublishedItem Item { get; } = item;

    public DateTimeOffset OpenedAt { get; } = openedAt;

    /// <summary>One date per session, eight hours each (the last what is left of the planned hours).</summary>
    public IReadOnlyList<DateOnly> Sessions { get; } = sessions;

    public int Capacity { get; } = capacity;

    /// <summary>How full it fills, relative to the others: the share of the enrolments it receives.</summary>
    public double Demand { get; } = demand;

    public int Enrolments { get; set; }

    public DateOnly Start => Sessions[0];

    public DateOnly End => Sessions[^1];
}
