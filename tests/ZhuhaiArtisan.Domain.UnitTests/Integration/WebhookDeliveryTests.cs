using ZhuhaiArtisan.Domain.Integration.WebhookDeliveries;
using ZhuhaiArtisan.Domain.Integration.WebhookDeliveries.Rules;
using ZhuhaiArtisan.Domain.Integration.WebhookEndpoints;
using ZhuhaiArtisan.Domain.UnitTests.Common;

namespace ZhuhaiArtisan.Domain.UnitTests.Integration;

public sealed class WebhookDeliveryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Attempts_AreCounted_AndTheLastOneDecidesTheStatus()
    {
        var delivery = Enqueue();

        delivery.RecordFailure(Now, 500, TimeSpan.FromMilliseconds(20), "HTTP 500", Now.AddMinutes(1));
        Assert.Equal(WebhookDeliveryStatus.Pending, delivery.Status);
        Assert.Equal(Now.AddMinutes(1), delivery.NextAttemptAt);

        delivery.RecordSuccess(Now.AddMinutes(1), 204, TimeSpan.FromMilliseconds(30));
        Assert.Equal(WebhookDeliveryStatus.Succeeded, delivery.Status);
        Assert.Equal(2, delivery.Attempts);
        Assert.Equal(2, delivery.AttemptLog.Count);
        Assert.Null(delivery.NextAttemptAt);
        Assert.Null(delivery.ClaimToken);
    }

    [Fact]
    public void RecordFailure_WithoutARetry_Fails_AndRedeliveryStartsAFreshSchedule()
    {
        var delivery = Enqueue();
        delivery.RecordFailure(Now, null, TimeSpan.FromSeconds(15), "Timed out.", retryAt: null);
        Assert.Equal(WebhookDeliveryStatus.Failed, delivery.Status);

        delivery.Redeliver(Now.AddHours(1));

        Assert.Equal(WebhookDeliveryStatus.Pending, delivery.Status);
        Assert.Equal(0, delivery.Attempts);
        Assert.Equal(Now.AddHours(1), delivery.NextAttemptAt);
        Assert.StartsWith("msg_", delivery.Id.MessageId, StringComparison.Ordinal);
    }

    [Fact]
    public void Redeliver_WhilePending_BreaksRule() =>
        DomainAssert.BrokenRule<WebhookDeliveryMustNotBePendingRule>(() => Enqueue().Redeliver(Now), "webhook_delivery.already_pending");

    private static WebhookDelivery Enqueue() =>
        WebhookDelivery.Enqueue(WebhookDeliveryId.New(), WebhookEndpointId.New(), WebhookEventTypes.CatalogueEditionPublished, "{}", Now);
}
