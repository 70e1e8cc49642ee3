namespace ZhuhaiArtisan.DataGenerator;

/// <param name="Counts">Rows written, by kind (organizations, talents, skillCertificates…).</param>
/// <param name="Loading">The bulk load itself: rows, indexes and the foreign-key check, without schema and samples.</param>
public sealed record GenerationReport(
    string DatabasePath,
    string SamplesPath,
    IReadOnlyDictionary<string, long> Counts,
    TimeSpan Loading,
    TimeSpan Total)
{
    public long Rows => Counts.Values.Sum();
}
