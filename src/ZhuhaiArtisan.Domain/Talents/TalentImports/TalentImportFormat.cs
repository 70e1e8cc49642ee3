namespace ZhuhaiArtisan.Domain.Talents.TalentImports;

public enum TalentImportFormat
{
    Csv,
    Json,
}
