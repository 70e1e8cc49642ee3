using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Integration.WebhookDeliveries.Rules;

public sealed class WebhookDeliveryMustNotBePendingRule(WebhookDeliveryStatus status) : IBusinessRule
{
    public string Code => "webhook_delivery.already_pending";

    public string Message => "The delivery is still pending; it is sent again by its retry schedule.";

    public bool IsBroken() => status == WebhookDeliveryStatus.Pending;
}
