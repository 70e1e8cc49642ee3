namespace ZhuhaiArtisan.Infrastructure.Idempotency;

/// <summary>
/// What the platform remembers of a request sent with an Idempotency-Key: the fingerprint of the
/// first request and, once it has finished, its response, replayed to every repeat. The caller's
/// scope and the key are stored as SHA-256 hashes: fixed length whatever a token's subject is,
/// and compared byte for byte on every database (a case-insensitive collation cannot merge keys).
/// </summary>
public sealed class IdempotencyRecord
{
    public const int HashLength = 64;

    public string ScopeHash { get; set; } = null!;

    public string KeyHash { get; set; } = null!;

    public string Fingerprint { get; set; } = null!;

    public bool IsCompleted { get; set; }

    /// <summary>While the first request runs, it holds the key until this instant; a request that died leaves it to expire.</summary>
    public DateTimeOffset LockedUntil { get; set; }

    public int? StatusCode { get; set; }

    public string? ContentType { get; set; }

    public string? Location { get; set; }

    public string? ETag { get; set; }

    public byte[]? Body { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
