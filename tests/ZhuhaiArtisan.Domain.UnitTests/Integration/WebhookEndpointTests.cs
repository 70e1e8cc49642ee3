using ZhuhaiArtisan.Domain.Access.PartnerClients;
using ZhuhaiArtisan.Domain.Integration.WebhookEndpoints;
using ZhuhaiArtisan.Domain.Integration.WebhookEndpoints.Rules;
using ZhuhaiArtisan.Domain.UnitTests.Common;

namespace ZhuhaiArtisan.Domain.UnitTests.Integration;

public sealed class WebhookEndpointTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Register_SortsAndDeduplicatesTheEventTypes_AndStartsActive()
    {
        var endpoint = Register(existing: 0, WebhookEventTypes.CatalogueItemWithdrawn, WebhookEventTypes.CatalogueEditionPublished, WebhookEventTypes.CatalogueItemWithdrawn);

        Assert.Equal([WebhookEventTypes.CatalogueEditionPublished, WebhookEventTypes.CatalogueItemWithdrawn], endpoint.EventTypes);
        Assert.Equal(WebhookEndpointStatus.Active, endpoint.Status);
        Assert.True(endpoint.IsSubscribedTo(WebhookEventTypes.CatalogueEditionPublished));
        Assert.False(endpoint.IsSubscribedTo(WebhookEventTypes.CatalogueItemSuspended));
    }

    [Fact]
    public void Register_WithAnUnknownOrNoEventType_BreaksRule()
    {
        DomainAssert.BrokenRule<WebhookEventTypesMustBeKnownRule>(() => Register(0, "catalogue.item.deleted"), "webhook_endpoint.unknown_event_type");
        DomainAssert.BrokenRule<WebhookEventTypesMustBeKnownRule>(() => Register(0), "webhook_endpoint.unknown_event_type");
    }

    [Fact]
    public void Register_BeyondTheLimitPerPartner_BreaksRule() =>
        DomainAssert.BrokenRule<PartnerClientMayHoldALimitedNumberOfWebhookEndpointsRule>(
            () => Register(WebhookEndpoint.MaxEndpointsPerClient, WebhookEventTypes.CatalogueEditionPublished), "webhook_endpoint.limit_reached");

    [Fact]
    public void RotateSecret_KeepsThePreviousSecretSigningForTheOverlapOnly()
    {
        var endpoint = Register(0, WebhookEventTypes.CatalogueEditionPublished);

        endpoint.RotateSecret("new", Now);

        Assert.Equal("new", endpoint.SecretCiphertext);
        Assert.Equal("old", endpoint.PreviousSecretValidAt(Now.AddHours(23)));
        Assert.Null(endpoint.PreviousSecretValidAt(Now + WebhookEndpoint.SecretRotationOverlap));
        Assert.Equal(2, endpoint.Version);
    }

    [Fact]
    public void Disable_StopsSubscriptions_UntilReactivated_AndReactivatingAnActiveOne_BreaksRule()
    {
        var endpoint = Register(0, WebhookEventTypes.CatalogueEditionPublished);
        DomainAssert.BrokenRule<WebhookEndpointMustBeDisabledRule>(endpoint.Reactivate, "webhook_endpoint.not_disabled");

        endpoint.Disable("The receiver answered 410 Gone.", Now);
        Assert.False(endpoint.IsSubscribedTo(WebhookEventTypes.CatalogueEditionPublished));

        endpoint.Reactivate();
        Assert.True(endpoint.IsSubscribedTo(WebhookEventTypes.CatalogueEditionPublished));
        Assert.Null(endpoint.DisabledReason);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("   ", null)]
    [InlineData("  Enrolment sync  ", "Enrolment sync")]
    public void Description_IsTrimmed_AndBlankIsNone(string? given, string? kept)
    {
        var endpoint = WebhookEndpoint.Register(
            WebhookEndpointId.New(), PartnerClientId.New(), 0, "https://hooks.example/z", [WebhookEventTypes.CatalogueEditionPublished], given, "old", Now);
        Assert.Equal(kept, endpoint.Description);

        endpoint.Change("https://hooks.example/z", [WebhookEventTypes.CatalogueEditionPublished], given);
        Assert.Equal(kept, endpoint.Description);
    }

    private static WebhookEndpoint Register(int existing, params string[] eventTypes) =>
        WebhookEndpoint.Register(WebhookEndpointId.New(), PartnerClientId.New(), existing, "https://hooks.example/z", eventTypes, null, "old", Now);
}
