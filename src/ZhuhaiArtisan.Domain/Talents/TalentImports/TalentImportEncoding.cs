namespace ZhuhaiArtisan.Domain.Talents.TalentImports;

/// <summary>The character encoding of an uploaded file: UTF-8, or GB18030 as Chinese spreadsheet programs export CSV.</summary>
public enum TalentImportEncoding
{
    Utf8,
    Gb18030,
}
