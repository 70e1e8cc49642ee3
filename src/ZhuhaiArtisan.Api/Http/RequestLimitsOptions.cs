namespace ZhuhaiArtisan.Api.Http;

/// <summary>The <c>RequestLimits</c> configuration section.</summary>
public sealed class RequestLimitsOptions
{
    public const string SectionName = "RequestLimits";

    /// <summary>The largest request body accepted, in bytes (bulk endpoints raise their own).</summary>
    public long MaxBodyBytes { get; set; } = 1024 * 1024;
}
