namespace ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

/// <summary>The <c>ReferenceData</c> configuration section.</summary>
public sealed class ReferenceDataOptions
{
    public const string SectionName = "ReferenceData";

    /// <summary>
    /// A directory holding <c>districts.csv</c> and <c>occupations.csv</c> to load instead of the
    /// copies shipped with the application (for a corrected or later edition).
    /// </summary>
    public string? Directory { get; set; }
}
