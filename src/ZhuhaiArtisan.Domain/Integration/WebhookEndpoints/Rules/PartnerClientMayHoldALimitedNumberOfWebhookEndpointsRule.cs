using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Integration.WebhookEndpoints.Rules;

public sealed class PartnerClientMayHoldALimitedNumberOfWebhookEndpointsRule(int endpointsTheClientHas) : IBusinessRule
{
    public string Code => "webhook_endpoint.limit_reached";

    public string Message => $"A partner client may register at most {WebhookEndpoint.MaxEndpointsPerClient} webhook endpoints; delete one first.";

    public bool IsBroken() => endpointsTheClientHas >= WebhookEndpoint.MaxEndpointsPerClient;
}
