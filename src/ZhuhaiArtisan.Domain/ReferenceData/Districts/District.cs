namespace ZhuhaiArtisan.Domain.ReferenceData.Districts;

/// <summary>
/// A district or functional zone of Zhuhai. Districts carry their GB/T 2260 code; zones, which
/// have none, carry a stable internal code (ZH-…).
/// </summary>
public sealed class District
{
    public const int CodeMaxLength = 16;
    public const int NameMaxLength = 64;
    public const int NameEnMaxLength = 128;
    public const int NoteMaxLength = 2000;

    private District()
    {
    }

    public string Code { get; private set; } = null!;

    public string NameZh { get; private set; } = null!;

    public string NameEn { get; private set; } = null!;

    public DistrictKind Kind { get; private set; }

    public string? ParentCode { get; private set; }

    public string? Note { get; private set; }

    public static District Create(string code, string nameZh, string nameEn, DistrictKind kind, string? parentCode, string? note) =>
        new()
        {
            Code = code,
            NameZh = nameZh,
            NameEn = nameEn,
            Kind = kind,
            ParentCode = string.IsNullOrWhiteSpace(parentCode) ? null : parentCode,
            Note = string.IsNullOrWhiteSpace(note) ? null : note,
        };

    public void Refresh(District source)
    {
        NameZh = source.NameZh;
        NameEn = source.NameEn;
        Kind = source.Kind;
        ParentCode = source.ParentCode;
        Note = source.Note;
    }
}
