namespace ZhuhaiArtisan.Infrastructure.Webhooks;

/// <summary>The <c>Webhooks</c> settings: how deliveries are claimed, sent, retried and guarded.</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Webhooks";

    /// <summary>Whether this instance sends deliveries (several may: each delivery is claimed by one).</summary>
    public bool RunDispatcher { get; set; } = true;

    /// <summary>How often the dispatcher looks for due deliveries.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Deliveries claimed at once (and sent concurrently) by one instance.</summary>
    public int BatchSize { get; set; } = 16;

    /// <summary>
    /// How long an instance holds the deliveries it claimed. One that dies mid-send frees them
    /// after this, and another instance sends them again with the same webhook-id. Longer than
    /// <see cref="AttemptTimeout"/>, so a live sender is never overtaken.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long one attempt waits for the receiver's answer.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Attempts before a delivery fails for good (it can be redelivered).</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The wait after the first failed attempt; each further one doubles it, up to <see cref="RetryMaxDelay"/>, ±20 % jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(6);

    /// <summary>
    /// Allows receivers on loopback addresses (127.0.0.0/8, ::1), over plain HTTP too: for tests
    /// and local receivers only. Outside Development every other receiver must be HTTPS on a public
    /// address. The API refuses to start in Production with it set.
    /// </summary>
    public bool AllowLoopbackHttp { get; set; }

    /// <summary>Share of failed attempts to one endpoint, within the sampling window, that opens its circuit.</summary>
    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    public int CircuitBreakerMinimumThroughput { get; set; } = 5;

    public TimeSpan CircuitBreakerSamplingDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long an endpoint's open circuit stops attempts (they are recorded as failed and rescheduled).</summary>
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a finished delivery (succeeded, or failed for good) and its attempts are kept for
    /// the partner to list and redeliver; older ones are deleted. Pending ones are never.
    /// </summary>
    public TimeSpan DeliveryRetention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>How often finished deliveries past <see cref="DeliveryRetention"/> are looked for.</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);
}
