namespace ZhuhaiArtisan.Domain.Talents.TalentImports;

public enum TalentImportStatus
{
    /// <summary>Received and waiting for a worker.</summary>
    Queued,

    /// <summary>Rows are being checked one by one; progress is reported.</summary>
    Validating,

    /// <summary>The accepted rows are being written, all in one transaction.</summary>
    Writing,

    /// <summary>The accepted rows are registered; the rejected ones are listed with their reasons.</summary>
    Completed,

    /// <summary>Nothing was registered; the failure says why.</summary>
    Failed,
}
