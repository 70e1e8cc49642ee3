namespace ZhuhaiArtisan.Infrastructure.Idempotency;

/// <summary>
/// What the platform remembers of a request sent with an Idempotency-Key: the fingerprint of
/// the first request and, once it has finished, its response, replayed to every repeat.
/// </summary>
public sealed class IdempotencyRecord
{
    public const int ScopeMaxLength = 160;
    public const int KeyMaxLength = 255;
    public const int FingerprintLength = 64;

    public string Scope { get; set; } = null!;

    public string Key { get; set; } = null!;

    public string Fingerprint { get; set; } = null!;

    public bool IsCompleted { get; set; }

    public int? StatusCode { get; set; }

    public string? ContentType { get; set; }

    public string? Location { get; set; }

    public string? ETag { get; set; }

    public byte[]? Body { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
