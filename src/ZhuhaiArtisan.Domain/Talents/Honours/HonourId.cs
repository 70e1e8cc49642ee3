namespace ZhuhaiArtisan.Domain.Talents.Honours;

public readonly record struct HonourId(Guid Value)
{
    public static HonourId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
