namespace ZhuhaiArtisan.Infrastructure.Security;

/// <summary>The <c>Security</c> configuration section.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>
    /// Signs paging cursors. Every instance behind one load balancer needs the same value; set a
    /// long random one in production.
    /// </summary>
    public string CursorSigningKey { get; set; } = DevelopmentCursorSigningKey;

    /// <summary>The value shipped for development; refused in Production.</summary>
    public const string DevelopmentCursorSigningKey = "development-cursor-signing-key-change-me";
}
