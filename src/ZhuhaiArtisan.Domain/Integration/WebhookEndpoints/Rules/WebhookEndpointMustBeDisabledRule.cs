using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Integration.WebhookEndpoints.Rules;

public sealed class WebhookEndpointMustBeDisabledRule(WebhookEndpointStatus status) : IBusinessRule
{
    public string Code => "webhook_endpoint.not_disabled";

    public string Message => "The webhook endpoint is active already.";

    public bool IsBroken() => status != WebhookEndpointStatus.Disabled;
}
