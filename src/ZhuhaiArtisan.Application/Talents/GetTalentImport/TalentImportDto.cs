using ZhuhaiArtisan.Domain.Talents.TalentImports;

namespace ZhuhaiArtisan.Application.Talents.GetTalentImport;

/// <param name="PercentComplete">0–100: checking the rows counts to 90, writing them to 99, finished is 100.</param>
public sealed record TalentImportDto(
    Guid Id,
    TalentImportStatus Status,
    TalentImportFormat Format,
    TalentImportEncoding Encoding,
    int RowCount,
    int RowsValidated,
    int PercentComplete,
    int AcceptedCount,
    int RejectedCount,
    string RequestedBy,
    DateTimeOffset QueuedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    TalentImportFailureDto? Failure)
{
    public static TalentImportDto Of(TalentImport import) => new(
        import.Id.Value,
        import.Status,
        import.Format,
        import.Encoding,
        import.RowCount,
        import.RowsValidated,
        PercentOf(import),
        import.AcceptedCount,
        import.RejectedCount,
        import.Provenance.RecordedBy,
        import.Provenance.RecordedAt,
        import.StartedAt,
        import.FinishedAt,
        import.FailureCode is { } code ? new TalentImportFailureDto(code, import.FailureMessage ?? string.Empty) : null);

    private static int PercentOf(TalentImport import) => import.Status switch
    {
        TalentImportStatus.Queued => 0,
        TalentImportStatus.Validating => import.RowCount == 0 ? 0 : (int)(90L * import.RowsValidated / import.RowCount),
        TalentImportStatus.Writing => 90,
        _ => 100,
    };
}
