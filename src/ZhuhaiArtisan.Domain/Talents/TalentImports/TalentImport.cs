using ZhuhaiArtisan.Domain.Common;
using ZhuhaiArtisan.Domain.Talents.TalentImports.Rules;

namespace ZhuhaiArtisan.Domain.Talents.TalentImports;

/// <summary>
/// A file of talents to register, uploaded by the city (legacy records), an enterprise (its
/// employees) or a school (its students). It is checked row by row; the accepted rows are
/// registered together or not at all, and every rejected row is kept with its reasons.
/// </summary>
public sealed class TalentImport : AggregateRoot
{
    public const int MaxRows = 100_000;
    public const int FailureMessageMaxLength = 512;

    private TalentImport()
    {
    }

    public TalentImportId Id { get; private set; }

    public TalentImportFormat Format { get; private set; }

    public TalentImportEncoding Encoding { get; private set; }

    public TalentImportStatus Status { get; private set; }

    public int RowCount { get; private set; }

    public int RowsValidated { get; private set; }

    public int AcceptedCount { get; private set; }

    public int RejectedCount { get; private set; }

    /// <summary>Who uploaded it, and the legal basis the registered records will rest on.</summary>
    public Provenance Provenance { get; private set; } = null!;

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>How many times a worker has started on it (a worker that died leaves it to another).</summary>
    public int Attempts { get; private set; }

    /// <summary>Until when the worker that claimed it holds it; afterwards another may take it over.</summary>
    public DateTimeOffset? LeaseExpiresAt { get; private set; }

    public string? FailureCode { get; private set; }

    public string? FailureMessage { get; private set; }

    public bool IsFinished => Status is TalentImportStatus.Completed or TalentImportStatus.Failed;

    public static TalentImport Queue(TalentImportId id, TalentImportFormat format, TalentImportEncoding encoding, int rowCount, Provenance provenance) =>
        new()
        {
            Id = id,
            Format = format,
            Encoding = encoding,
            Status = TalentImportStatus.Queued,
            RowCount = rowCount,
            Provenance = provenance,
        };

    public void BeginValidating(DateTimeOffset now)
    {
        CheckRule(new TalentImportMustBeInProgressRule(Status));
        Status = TalentImportStatus.Validating;
        StartedAt ??= now;
        RowsValidated = 0;
        Attempts++;
    }

    public void ReportProgress(int rowsValidated)
    {
        CheckRule(new TalentImportMustBeInProgressRule(Status));
        RowsValidated = Math.Min(rowsValidated, RowCount);
    }

    public void BeginWriting(int accepted, int rejected)
    {
        CheckRule(new TalentImportMustBeInProgressRule(Status));
        Status = TalentImportStatus.Writing;
        RowsValidated = RowCount;
        AcceptedCount = accepted;
        RejectedCount = rejected;
    }

    /// <summary>Finished; the counts are final (a row found registered already only as it was written counts as rejected).</summary>
    public void Complete(int accepted, int rejected, DateTimeOffset now)
    {
        CheckRule(new TalentImportMustBeInProgressRule(Status));
        Status = TalentImportStatus.Completed;
        AcceptedCount = accepted;
        RejectedCount = rejected;
        FinishedAt = now;
        LeaseExpiresAt = null;
    }

    /// <summary>Nothing of the file is registered and no row is listed; the counts are cleared so none claims otherwise.</summary>
    public void Fail(string code, string message, DateTimeOffset now)
    {
        CheckRule(new TalentImportMustBeInProgressRule(Status));
        Status = TalentImportStatus.Failed;
        AcceptedCount = 0;
        RejectedCount = 0;
        FailureCode = code;
        FailureMessage = message.Length > FailureMessageMaxLength ? message[..FailureMessageMaxLength] : message;
        FinishedAt = now;
        LeaseExpiresAt = null;
    }
}
