namespace ZhuhaiArtisan.Domain.Talents.Honours;

/// <remarks>
/// Ordered so that a keyset query can page by it: the comparison runs in the database, in the
/// database's own order of the stored value, the same order it sorts by.
/// </remarks>
public readonly record struct HonourId(Guid Value) : IComparable<HonourId>
{
    public static HonourId New() => new(Guid.CreateVersion7());

    public static bool operator <(HonourId left, HonourId right) => left.CompareTo(right) < 0;

    public static bool operator <=(HonourId left, HonourId right) => left.CompareTo(right) <= 0;

    public static bool operator >(HonourId left, HonourId right) => left.CompareTo(right) > 0;

    public static bool operator >=(HonourId left, HonourId right) => left.CompareTo(right) >= 0;

    public int CompareTo(HonourId other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString();
}
