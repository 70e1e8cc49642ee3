namespace ZhuhaiArtisan.Infrastructure.Idempotency;

public sealed record IdempotencyClaim(IdempotencyClaimOutcome Outcome, IdempotencyRecord? Record);
