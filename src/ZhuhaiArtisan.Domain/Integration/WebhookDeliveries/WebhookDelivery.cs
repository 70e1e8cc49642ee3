using ZhuhaiArtisan.Domain.Common;
using ZhuhaiArtisan.Domain.Integration.WebhookDeliveries.Rules;
using ZhuhaiArtisan.Domain.Integration.WebhookEndpoints;

namespace ZhuhaiArtisan.Domain.Integration.WebhookDeliveries;

/// <summary>
/// One event for one endpoint: the outbox message, written in the transaction of the change that
/// raised the event, then sent until the receiver accepts it or the attempts run out. Its id is the
/// <c>webhook-id</c> of every attempt. A sender holds it by a lease (<see cref="LeaseExpiresAt"/>,
/// <see cref="ClaimToken"/>); a sender that dies mid-send loses the lease and another sends it again.
/// </summary>
public sealed class WebhookDelivery : AggregateRoot
{
    public const int PayloadMaxLength = 65536;

    private readonly List<WebhookDeliveryAttempt> _attemptLog = [];

    private WebhookDelivery()
    {
    }

    public WebhookDeliveryId Id { get; private set; }

    public WebhookEndpointId WebhookEndpointId { get; private set; }

    public string EventType { get; private set; } = null!;

    /// <summary>The request body, exactly as signed and sent.</summary>
    public string Payload { get; private set; } = null!;

    public DateTimeOffset CreatedAt { get; private set; }

    public WebhookDeliveryStatus Status { get; private set; }

    /// <summary>Attempts since the delivery was created or last redelivered: the retry schedule counts these.</summary>
    public int Attempts { get; private set; }

    public DateTimeOffset? NextAttemptAt { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    public int? LastStatusCode { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    /// <summary>Until when a sender holds the delivery; null when nobody does.</summary>
    public DateTimeOffset? LeaseExpiresAt { get; private set; }

    /// <summary>Which claim holds the lease: a sender whose lease was taken over cannot record its outcome.</summary>
    public Guid? ClaimToken { get; private set; }

    public IReadOnlyCollection<WebhookDeliveryAttempt> AttemptLog => _attemptLog.AsReadOnly();

    public static WebhookDelivery Enqueue(WebhookDeliveryId id, WebhookEndpointId endpointId, string eventType, string payload, DateTimeOffset now) =>
        new()
        {
            Id = id,
            WebhookEndpointId = endpointId,
            EventType = eventType,
            Payload = payload,
            CreatedAt = now,
            Status = WebhookDeliveryStatus.Pending,
            NextAttemptAt = now,
        };

    public void RecordSuccess(DateTimeOffset attemptedAt, int statusCode, TimeSpan duration)
    {
        Record(attemptedAt, statusCode, duration, null);
        Status = WebhookDeliveryStatus.Succeeded;
        DeliveredAt = attemptedAt + duration;
        NextAttemptAt = null;
    }

    /// <summary>A failed attempt: tried again at <paramref name="retryAt"/>, or given up when that is null.</summary>
    public void RecordFailure(DateTimeOffset attemptedAt, int? statusCode, TimeSpan duration, string? error, DateTimeOffset? retryAt)
    {
        Record(attemptedAt, statusCode, duration, error);
        Status = retryAt is null ? WebhookDeliveryStatus.Failed : WebhookDeliveryStatus.Pending;
        NextAttemptAt = retryAt;
    }

    /// <summary>Its endpoint no longer receives (disabled or deleted): it stops here, and can be redelivered later.</summary>
    public void Abandon(string reason)
    {
        Status = WebhookDeliveryStatus.Failed;
        LastError = reason;
        NextAttemptAt = null;
        Release();
    }

    /// <summary>Sends a finished delivery again, with the same <c>webhook-id</c> and body, starting a fresh retry schedule.</summary>
    public void Redeliver(DateTimeOffset now)
    {
        CheckRule(new WebhookDeliveryMustNotBePendingRule(Status));
        Status = WebhookDeliveryStatus.Pending;
        Attempts = 0;
        NextAttemptAt = now;
        DeliveredAt = null;
    }

    private void Record(DateTimeOffset attemptedAt, int? statusCode, TimeSpan duration, string? error)
    {
        var attempt = WebhookDeliveryAttempt.Record(Id, attemptedAt, statusCode, duration, error);
        _attemptLog.Add(attempt);
        Attempts++;
        LastAttemptAt = attemptedAt;
        LastStatusCode = statusCode;
        LastError = attempt.Error;
        Release();
    }

    private void Release()
    {
        LeaseExpiresAt = null;
        ClaimToken = null;
    }
}
