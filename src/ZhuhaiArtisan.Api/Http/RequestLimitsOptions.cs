namespace ZhuhaiArtisan.Api.Http;

/// <summary>The <c>RequestLimits</c> configuration section.</summary>
public sealed class RequestLimitsOptions
{
    public const string SectionName = "RequestLimits";

    /// <summary>The largest request body accepted, in bytes (bulk endpoints raise their own).</summary>
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>The largest file an upload endpoint (a talent import) takes, in bytes: 100,000 rows fit well within it.</summary>
    public long MaxUploadBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>The largest JSON body a bulk push takes, in bytes: 10,000 rows with identity documents fit well within it.</summary>
    public long MaxBulkBodyBytes { get; set; } = 16L * 1024 * 1024;
}
