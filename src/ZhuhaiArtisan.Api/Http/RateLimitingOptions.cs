namespace ZhuhaiArtisan.Api.Http;

/// <summary>The <c>RateLimiting</c> configuration section: limits on anonymous callers, per client address.</summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    public int AnonymousPermitLimit { get; set; } = 120;

    public TimeSpan AnonymousWindow { get; set; } = TimeSpan.FromMinutes(1);
}
