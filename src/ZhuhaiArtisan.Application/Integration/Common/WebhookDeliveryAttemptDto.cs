namespace ZhuhaiArtisan.Application.Integration.Common;

/// <param name="StatusCode">The receiver's HTTP status; null when there was no answer (timeout, refused connection, open circuit).</param>
public sealed record WebhookDeliveryAttemptDto(DateTimeOffset AttemptedAt, int? StatusCode, int DurationMilliseconds, string? Error);
