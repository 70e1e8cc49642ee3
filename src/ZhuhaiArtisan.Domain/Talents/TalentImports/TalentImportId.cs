namespace ZhuhaiArtisan.Domain.Talents.TalentImports;

public readonly record struct TalentImportId(Guid Value)
{
    public static TalentImportId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
