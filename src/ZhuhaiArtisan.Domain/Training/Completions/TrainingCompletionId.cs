namespace ZhuhaiArtisan.Domain.Training.Completions;

/// <remarks>Ordered so that a keyset query can page by it.</remarks>
public readonly record struct TrainingCompletionId(Guid Value) : IComparable<TrainingCompletionId>
{
    public static TrainingCompletionId New() => new(Guid.CreateVersion7());

    public static bool operator <(TrainingCompletionId left, TrainingCompletionId right) => left.CompareTo(right) < 0;

    public static bool operator <=(TrainingCompletionId left, TrainingCompletionId right) => left.CompareTo(right) <= 0;

    public static bool operator >(TrainingCompletionId left, TrainingCompletionId right) => left.CompareTo(right) > 0;

    public static bool operator >=(TrainingCompletionId left, TrainingCompletionId right) => left.CompareTo(right) >= 0;

    public int CompareTo(TrainingCompletionId other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString();
}
