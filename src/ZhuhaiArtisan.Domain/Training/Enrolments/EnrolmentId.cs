namespace ZhuhaiArtisan.Domain.Training.Enrolments;

/// <remarks>Ordered so that a keyset query can page by it.</remarks>
public readonly record struct EnrolmentId(Guid Value) : IComparable<EnrolmentId>
{
    public static EnrolmentId New() => new(Guid.CreateVersion7());

    public static bool operator <(EnrolmentId left, EnrolmentId right) => left.CompareTo(right) < 0;

    public static bool operator <=(EnrolmentId left, EnrolmentId right) => left.CompareTo(right) <= 0;

    public static bool operator >(EnrolmentId left, EnrolmentId right) => left.CompareTo(right) > 0;

    public static bool operator >=(EnrolmentId left, EnrolmentId right) => left.CompareTo(right) >= 0;

    public int CompareTo(EnrolmentId other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString();
}
