namespace ZhuhaiArtisan.Domain.Talents;

/// <remarks>
/// Ordered so that a keyset query can page by it: the comparison runs in the database, in the
/// database's own order of the stored value, the same order it sorts by.
/// </remarks>
public readonly record struct TalentId(Guid Value) : IComparable<TalentId>
{
    public static TalentId New() => new(Guid.CreateVersion7());

    public static bool operator <(TalentId left, TalentId right) => left.CompareTo(right) < 0;

    public static bool operator <=(TalentId left, TalentId right) => left.CompareTo(right) <= 0;

    public static bool operator >(TalentId left, TalentId right) => left.CompareTo(right) > 0;

    public static bool operator >=(TalentId left, TalentId right) => left.CompareTo(right) >= 0;

    public int CompareTo(TalentId other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString();
}
