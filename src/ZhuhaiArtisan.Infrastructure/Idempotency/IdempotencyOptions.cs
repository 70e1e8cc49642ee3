namespace ZhuhaiArtisan.Infrastructure.Idempotency;

/// <summary>The <c>Idempotency</c> configuration section.</summary>
public sealed class IdempotencyOptions
{
    public const string SectionName = "Idempotency";

    /// <summary>How long a key and its response are kept; at least 24 hours (DESIGN §4).</summary>
    public TimeSpan Retention { get; set; } = MinimumRetention;

    /// <summary>
    /// How long a running request holds its key. A repeat within it gets 409; after it, a request
    /// that died without finishing no longer blocks its key.
    /// </summary>
    public TimeSpan InProgressLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often expired records are deleted.</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);

    public static TimeSpan MinimumRetention { get; } = TimeSpan.FromHours(24);
}
