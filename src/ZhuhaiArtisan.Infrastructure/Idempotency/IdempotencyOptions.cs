namespace ZhuhaiArtisan.Infrastructure.Idempotency;

/// <summary>The <c>Idempotency</c> configuration section.</summary>
public sealed class IdempotencyOptions
{
    public const string SectionName = "Idempotency";

    /// <summary>How long a key and its response are kept; at least 24 hours (DESIGN §4).</summary>
    public TimeSpan Retention { get; set; } = MinimumRetention;

    /// <summary>How often expired records are deleted.</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);

    public static TimeSpan MinimumRetention { get; } = TimeSpan.FromHours(24);
}
