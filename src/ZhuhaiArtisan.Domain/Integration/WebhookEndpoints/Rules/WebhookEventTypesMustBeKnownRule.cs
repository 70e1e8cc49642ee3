using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Integration.WebhookEndpoints.Rules;

public sealed class WebhookEventTypesMustBeKnownRule(IReadOnlyCollection<string> eventTypes) : IBusinessRule
{
    public string Code => "webhook_endpoint.unknown_event_type";

    public string Message => $"Subscribe to at least one of: {string.Join(", ", WebhookEventTypes.All)}.";

    public bool IsBroken() => eventTypes.Count == 0 || eventTypes.Any(t => !WebhookEventTypes.IsKnown(t));
}
