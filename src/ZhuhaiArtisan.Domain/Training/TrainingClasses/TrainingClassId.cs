namespace ZhuhaiArtisan.Domain.Training.TrainingClasses;

/// <remarks>Ordered so that a keyset query can page by it.</remarks>
public readonly record struct TrainingClassId(Guid Value) : IComparable<TrainingClassId>
{
    public static TrainingClassId New() => new(Guid.CreateVersion7());

    public static bool operator <(TrainingClassId left, TrainingClassId right) => left.CompareTo(right) < 0;

    public static bool operator <=(TrainingClassId left, TrainingClassId right) => left.CompareTo(right) <= 0;

    public static bool operator >(TrainingClassId left, TrainingClassId right) => left.CompareTo(right) > 0;

    public static bool operator >=(TrainingClassId left, TrainingClassId right) => left.CompareTo(right) >= 0;

    public int CompareTo(TrainingClassId other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString();
}
