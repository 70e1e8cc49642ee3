namespace ZhuhaiArtisan.Domain.Talents;

public readonly record struct TalentId(Guid Value)
{
    public static TalentId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
