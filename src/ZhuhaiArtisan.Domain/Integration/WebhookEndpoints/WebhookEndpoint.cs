using ZhuhaiArtisan.Domain.Access.PartnerClients;
using ZhuhaiArtisan.Domain.Common;
using ZhuhaiArtisan.Domain.Integration.WebhookEndpoints.Rules;

namespace ZhuhaiArtisan.Domain.Integration.WebhookEndpoints;

/// <summary>
/// A partner's HTTPS receiver and the event types it wants. Its signing secret is kept encrypted;
/// after a rotation the previous secret stays valid for <see cref="SecretRotationOverlap"/>, during
/// which deliveries carry a signature by each, so the receiver can switch without losing one.
/// </summary>
public sealed class WebhookEndpoint : AggregateRoot, IVersioned
{
    public const int UrlMaxLength = 2048;
    public const int DescriptionMaxLength = 256;
    public const int SecretCiphertextMaxLength = 512;
    public const int DisabledReasonMaxLength = 256;
    public const int MaxEndpointsPerClient = 20;

    /// <summary>How long the secret replaced by a rotation still signs deliveries.</summary>
    public static readonly TimeSpan SecretRotationOverlap = TimeSpan.FromHours(24);

    private List<string> _eventTypes = [];

    private WebhookEndpoint()
    {
    }

    public WebhookEndpointId Id { get; private set; }

    public PartnerClientId PartnerClientId { get; private set; }

    public string Url { get; private set; } = null!;

    public string? Description { get; private set; }

    public IReadOnlyList<string> EventTypes => _eventTypes.AsReadOnly();

    public WebhookEndpointStatus Status { get; private set; }

    public string? DisabledReason { get; private set; }

    public DateTimeOffset? DisabledAt { get; private set; }

    /// <summary>The current signing secret, encrypted (never stored in clear).</summary>
    public string SecretCiphertext { get; private set; } = null!;

    /// <summary>The secret a rotation replaced, encrypted, while it still signs.</summary>
    public string? PreviousSecretCiphertext { get; private set; }

    public DateTimeOffset? PreviousSecretExpiresAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SecretRotatedAt { get; private set; }

    public int Version { get; private set; }

    public static WebhookEndpoint Register(
        WebhookEndpointId id,
        PartnerClientId clientId,
        int endpointsTheClientHas,
        string url,
        IEnumerable<string> eventTypes,
        string? description,
        string secretCiphertext,
        DateTimeOffset now)
    {
        CheckRule(new PartnerClientMayHoldALimitedNumberOfWebhookEndpointsRule(endpointsTheClientHas));
        var types = Normalize(eventTypes);
        CheckRule(new WebhookEventTypesMustBeKnownRule(types));
        return new WebhookEndpoint
        {
            Id = id,
            PartnerClientId = clientId,
            Url = url,
            Description = OptionalText.Of(description),
            _eventTypes = types,
            Status = WebhookEndpointStatus.Active,
            SecretCiphertext = secretCiphertext,
            CreatedAt = now,
            Version = 1,
        };
    }

    public bool IsSubscribedTo(string eventType) =>
        Status == WebhookEndpointStatus.Active && _eventTypes.Contains(eventType, StringComparer.Ordinal);

    public void Change(string url, IEnumerable<string> eventTypes, string? description)
    {
        var types = Normalize(eventTypes);
        CheckRule(new WebhookEventTypesMustBeKnownRule(types));
        Url = url;
        _eventTypes = types;
        Description = OptionalText.Of(description);
        Version++;
    }

    /// <summary>A new secret signs from now on; the old one keeps signing until the overlap ends.</summary>
    public void RotateSecret(string newSecretCiphertext, DateTimeOffset now)
    {
        PreviousSecretCiphertext = SecretCiphertext;
        PreviousSecretExpiresAt = now + SecretRotationOverlap;
        SecretCiphertext = newSecretCiphertext;
        SecretRotatedAt = now;
        Version++;
    }

    /// <summary>The previous secret, when it still signs at <paramref name="now"/>.</summary>
    public string? PreviousSecretValidAt(DateTimeOffset now) =>
        PreviousSecretCiphertext is not null && PreviousSecretExpiresAt > now ? PreviousSecretCiphertext : null;

    /// <summary>Stops deliveries, e.g. when the receiver answered 410 Gone.</summary>
    public void Disable(string reason, DateTimeOffset now)
    {
        if (Status == WebhookEndpointStatus.Disabled)
        {
            return;
        }

        Status = WebhookEndpointStatus.Disabled;
        DisabledReason = reason.Length <= DisabledReasonMaxLength ? reason : reason[..DisabledReasonMaxLength];
        DisabledAt = now;
        Version++;
    }

    public void Reactivate()
    {
        CheckRule(new WebhookEndpointMustBeDisabledRule(Status));
        Status = WebhookEndpointStatus.Active;
        DisabledReason = null;
        DisabledAt = null;
        Version++;
    }

    private static List<string> Normalize(IEnumerable<string> eventTypes) =>
        eventTypes.Select(t => t.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
