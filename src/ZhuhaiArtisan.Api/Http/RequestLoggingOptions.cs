namespace ZhuhaiArtisan.Api.Http;

/// <summary>The <c>RequestLogging</c> configuration section.</summary>
internal sealed class RequestLoggingOptions
{
    public const string SectionName = "RequestLogging";

    /// <summary>A request that takes at least this long is logged as a warning, whatever its status.</summary>
    public TimeSpan SlowRequestThreshold { get; set; } = TimeSpan.FromSeconds(1);
}
