namespace ZhuhaiArtisan.Infrastructure.Imports;

public sealed class TalentImportOptions
{
    public const string SectionName = "TalentImports";

    /// <summary>How often the worker looks for queued imports when nothing woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a worker holds an import it claimed; a worker that died frees it after this.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Whether this instance processes imports (several instances may; each import is claimed by one).</summary>
    public bool RunWorker { get; set; } = true;
}
