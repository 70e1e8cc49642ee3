namespace ZhuhaiArtisan.Infrastructure.Webhooks;

/// <summary>What one attempt came to: the receiver's status, or the error that left none.</summary>
internal sealed record WebhookSendOutcome(int? StatusCode, TimeSpan Duration, string? Error)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;

    public bool Gone => StatusCode == 410;
}
