namespace ZhuhaiArtisan.Infrastructure.Idempotency;

public enum IdempotencyClaimOutcome
{
    /// <summary>This request holds the key: run it and record the response.</summary>
    Acquired,

    /// <summary>A finished request with the same key and body: replay its response.</summary>
    Replay,

    /// <summary>The key is held by a request still running.</summary>
    InProgress,

    /// <summary>The key was used with a different request.</summary>
    Mismatch,
}
