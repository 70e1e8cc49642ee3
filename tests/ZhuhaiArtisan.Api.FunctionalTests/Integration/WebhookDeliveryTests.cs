using System.Net;
using System.Text.Json;
using StandardWebhooks;
using StandardWebhooks.Diagnostics;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Integration;

/// <summary>
/// Deliveries to a real receiver on 127.0.0.1: signed as Standard Webhooks says (checked with the
/// StandardWebhooks library, as a receiver would, and by hand), retried when the receiver fails or
/// does not answer, stopped by 410, listed and redelivered.
/// </summary>
public abstract class WebhookDeliveryTests(ApiFactory api) : WebhookFunctionalTest(api)
{
    [Fact]
    public async Task ItemSuspended_ReachesTheSubscribedReceiver_SignedAsStandardWebhooksSays()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (id, secret) = await RegisterAsync(receiver.Url(), "catalogue.item.suspended");
        var (otherId, _) = await RegisterAsync(receiver.Url("editions-only"), "catalogue.edition.published");

        await SuspendAsync(DemoData.WelderItemId);

        var webhook = await receiver.NextAsync(Patience);
        Assert.Equal("hooks", webhook.Path);
        Assert.StartsWith("msg_", webhook.Id, StringComparison.Ordinal);
        Assert.Equal("application/json; charset=utf-8", webhook.Headers.ContentType.ToString());
        new StandardWebhook(secret).Verify(webhook.Body, webhook.Headers);
        Assert.True(SignedBy(webhook, secret));
        Assert.Throws<WebhookVerificationException>(() => new StandardWebhook("whsec_" + Convert.ToBase64String(new byte[32])).Verify(webhook.Body, webhook.Headers));
        Assert.InRange(long.Parse(webhook.Timestamp, System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds());

        var payload = JsonDocument.Parse(webhook.Body).RootElement;
        Assert.Equal("catalogue.item.suspended", payload.GetProperty("type").GetString());
        var data = payload.GetProperty("data");
        Assert.Equal(DemoData.WelderItemId, data.GetProperty("itemId").GetGuid());
        Assert.Equal("suspended", data.GetProperty("status").GetString());
        Assert.Equal("approved", data.GetProperty("previousStatus").GetString());

        var delivery = await DeliveryWhen(id, "succeeded");
        Assert.Equal(webhook.Id, delivery.GetProperty("messageId").GetString());
        Assert.Equal(1, delivery.GetProperty("attempts").GetInt32());
        Assert.Equal(200, delivery.GetProperty("lastStatusCode").GetInt32());
        // The endpoint that wants editions only got nothing.
        Assert.Empty(await DeliveriesOf(otherId));
        Assert.Single(receiver.Received);
    }

    [Fact]
    public async Task EditionPublished_ReachesItsSubscribers_AndTheCityCanListTheDeliveries()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (id, secret) = await RegisterAsync(receiver.Url(), "catalogue.edition.published", "catalogue.item.withdrawn");

        var number = await PublishAsync();

        var webhook = await receiver.NextAsync(Patience);
        new StandardWebhook(secret).Verify(webhook.Body, webhook.Headers);
        var payload = JsonDocument.Parse(webhook.Body).RootElement;
        Assert.Equal("catalogue.edition.published", payload.GetProperty("type").GetString());
        Assert.Equal(number, payload.GetProperty("data").GetProperty("editionNumber").GetInt32());
        Assert.Equal($"/api/v1/catalogue-editions/{number}", payload.GetProperty("data").GetProperty("href").GetString());
        await DeliveryWhen(id, "succeeded");
        Assert.Single(await DeliveriesOf(id, await Api.SignedInAs("CityAdmin")));
    }

    [Fact]
    public async Task RotateWebhookEndpointSecret_SignsWithBothSecretsDuringTheOverlap()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (id, oldSecret) = await RegisterAsync(receiver.Url(), "catalogue.edition.published");

        var rotation = await Partner().PostAsync($"{Endpoints}/{id}/secret-rotations", null, Cancel);
        Assert.Equal(HttpStatusCode.OK, rotation.StatusCode);
        Assert.Equal("no-store", rotation.Headers.CacheControl?.ToString());
        var rotated = await ReadJson(rotation);
        var newSecret = rotated.GetProperty("secret").GetString()!;
        Assert.NotEqual(oldSecret, newSecret);
        var overlap = rotated.GetProperty("previousSecretExpiresAt").GetDateTimeOffset() - rotated.GetProperty("rotatedAt").GetDateTimeOffset();
        Assert.Equal(TimeSpan.FromHours(24), overlap);

        await PublishAsync();

        var webhook = await receiver.NextAsync(Patience);
        Assert.Equal(2, webhook.Signature.Split(' ').Length);
        // The new secret's signature comes first: the library (1.1.2) only ever compares the first
        // signature of the header, so a receiver still on the old secret checks each one, as below.
        new StandardWebhook(newSecret).Verify(webhook.Body, webhook.Headers);
        Assert.True(VerifiesWithTheLibrary(webhook, newSecret));
        Assert.True(VerifiesWithTheLibrary(webhook, oldSecret));
        Assert.False(VerifiesWithTheLibrary(webhook, "whsec_" + Convert.ToBase64String(new byte[32])));
        Assert.True(SignedBy(webhook, newSecret));
        Assert.True(SignedBy(webhook, oldSecret));
    }

    [Fact]
    public async Task Delivery_WhenTheReceiverFailsThenRecovers_IsRetriedWithTheSameIdUntilItSucceeds()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var failures = 2;
        receiver.Respond = _ => Interlocked.Decrement(ref failures) >= 0 ? 500 : 204;
        var (id, secret) = await RegisterAsync(receiver.Url(), "catalogue.edition.published");

        await PublishAsync();

        var delivery = await DeliveryWhen(id, "succeeded");
        var received = receiver.Received;
        Assert.Equal(3, received.Count);
        Assert.Single(received.Select(r => r.Id).Distinct());
        Assert.Single(received.Select(r => r.Body).Distinct());
        Assert.All(received, r => new StandardWebhook(secret).Verify(r.Body, r.Headers));
        Assert.Equal(3, delivery.GetProperty("attempts").GetInt32());

        var details = await ReadJson(await Partner().GetAsync($"{Deliveries}/{delivery.GetProperty("id").GetString()}", Cancel));
        var log = details.GetProperty("attemptLog").EnumerateArray().ToList();
        Assert.Equal([500, 500, 204], log.Select(a => a.GetProperty("statusCode").GetInt32()));
        Assert.Equal("HTTP 500", log[0].GetProperty("error").GetString());
        Assert.Equal(received[0].Body, details.GetProperty("payload").GetString());
    }

    [Fact]
    public async Task Delivery_WhenTheReceiverDoesNotAnswer_TimesOutAndIsSentAgain()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var first = 1;
        receiver.Respond = _ => Interlocked.Exchange(ref first, 0) == 1 ? null : 200;
        var (id, _) = await RegisterAsync(receiver.Url(), "catalogue.edition.published");

        await PublishAsync();

        var delivery = await DeliveryWhen(id, "succeeded");
        Assert.Equal(2, delivery.GetProperty("attempts").GetInt32());
        var details = await ReadJson(await Partner().GetAsync($"{Deliveries}/{delivery.GetProperty("id").GetString()}", Cancel));
        var timedOut = details.GetProperty("attemptLog")[0];
        Assert.Equal(JsonValueKind.Null, timedOut.GetProperty("statusCode").ValueKind);
        Assert.StartsWith("Timed out", timedOut.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Single(receiver.Received.Select(r => r.Id).Distinct());
    }

    [Fact]
    public async Task Delivery_WhenEveryAttemptFails_FailsAfterTheLastAttempt_AndCanBeRedelivered()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Respond = _ => 503;
        var (id, _) = await RegisterAsync(receiver.Url(), "catalogue.edition.published");

        await PublishAsync();

        var failed = await DeliveryWhen(id, "failed");
        Assert.Equal(4, failed.GetProperty("attempts").GetInt32());
        Assert.Equal(503, failed.GetProperty("lastStatusCode").GetInt32());
        Assert.Equal(JsonValueKind.Null, failed.GetProperty("nextAttemptAt").ValueKind);
        Assert.Equal(4, receiver.Received.Count);

        receiver.Respond = _ => 200;
        var deliveryId = failed.GetProperty("id").GetString();
        var redelivery = await Partner().PostAsync($"{Deliveries}/{deliveryId}/redelivery", null, Cancel);
        Assert.Equal(HttpStatusCode.OK, redelivery.StatusCode);
        Assert.Equal("pending", (await ReadJson(redelivery)).GetProperty("status").GetString());

        var succeeded = await DeliveryWhen(id, "succeeded");
        Assert.Equal(1, succeeded.GetProperty("attempts").GetInt32());
        Assert.Equal(5, receiver.Received.Count);
        Assert.Single(receiver.Received.Select(r => r.Id).Distinct());
        var details = await ReadJson(await Partner().GetAsync($"{Deliveries}/{deliveryId}", Cancel));
        Assert.Equal(5, details.GetProperty("attemptLog").GetArrayLength());

        // The partner's redelivery is in the audit trail, with the status it changed.
        var audit = await ReadJson(await (await Api.SignedInAs("CityAdmin")).GetAsync($"/api/v1/audit-entries?entityType=WebhookDelivery&entityId={deliveryId}", Cancel));
        var entry = Assert.Single(audit.GetProperty("items").EnumerateArray());
        Assert.Equal("RedeliverWebhookDelivery", entry.GetProperty("action").GetString());
        Assert.Equal("Partner", entry.GetProperty("actorRole").GetString());
        Assert.Equal("Failed", entry.GetProperty("before").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Delivery_WhenTheReceiverAnswers410_DisablesTheEndpoint_UntilReactivated()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Respond = _ => 410;
        var (id, _) = await RegisterAsync(receiver.Url(), "catalogue.edition.published");

        await PublishAsync();

        var gone = await DeliveryWhen(id, "failed");
        Assert.Equal(1, gone.GetProperty("attempts").GetInt32());
        Assert.Equal(410, gone.GetProperty("lastStatusCode").GetInt32());
        var endpoint = await ReadJson(await Partner().GetAsync($"{Endpoints}/{id}", Cancel));
        Assert.Equal("disabled", endpoint.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(endpoint.GetProperty("disabledReason").GetString()));

        // A disabled endpoint receives nothing new, and redelivery waits for its reactivation.
        await PublishAsync();
        await Task.Delay(500, Cancel);
        Assert.Single(await DeliveriesOf(id));
        var deliveryId = gone.GetProperty("id").GetString();
        await AssertProblem(await Partner().PostAsync($"{Deliveries}/{deliveryId}/redelivery", null, Cancel), HttpStatusCode.Conflict, "webhook_endpoint.disabled");

        receiver.Respond = _ => 200;
        Assert.Equal(HttpStatusCode.OK, (await Partner().PostAsync($"{Endpoints}/{id}/reactivation", null, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Partner().PostAsync($"{Deliveries}/{deliveryId}/redelivery", null, Cancel)).StatusCode);
        await DeliveryWhen(id, "succeeded");
        Assert.Equal(2, receiver.Received.Count);
    }

    [Fact]
    public async Task RedeliverWebhookDelivery_WhenStillPendingOrOfAnotherCaller_IsRefused()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Respond = _ => null;
        var (id, _) = await RegisterAsync(receiver.Url(), "catalogue.edition.published");
        await PublishAsync();
        await receiver.NextAsync(Patience);
        var pending = (await DeliveriesOf(id)).Single();
        var deliveryId = pending.GetProperty("id").GetString();

        await AssertProblem(await Partner().PostAsync($"{Deliveries}/{deliveryId}/redelivery", null, Cancel), HttpStatusCode.Conflict, "webhook_delivery.already_pending");
        await AssertProblem(await (await Api.SignedInAs("CityAdmin")).PostAsync($"{Deliveries}/{deliveryId}/redelivery", null, Cancel), HttpStatusCode.Forbidden, "access.forbidden");
        await AssertProblem(await Partner().PostAsync($"{Deliveries}/{Guid.NewGuid()}/redelivery", null, Cancel), HttpStatusCode.NotFound, "webhook_delivery.not_found");
        await AssertProblem(await Partner().GetAsync($"{Endpoints}/{id}/deliveries?status=lost", Cancel), HttpStatusCode.BadRequest, "validation.failed");
    }

    [Fact]
    public async Task WebhookDelivery_OfAnotherPartner_Answers404_AndToCallersWithoutWebhooks403()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (id, _) = await RegisterAsync(receiver.Url(), "catalogue.edition.published");
        await PublishAsync();
        await receiver.NextAsync(Patience);
        var deliveryId = (await DeliveriesOf(id)).Single().GetProperty("id").GetString();
        var other = await OtherPartnerAsync();

        Assert.Equal(HttpStatusCode.OK, (await Partner().GetAsync($"{Deliveries}/{deliveryId}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await Api.SignedInAs("CityAdmin")).GetAsync($"{Deliveries}/{deliveryId}", Cancel)).StatusCode);
        await AssertProblem(await other.GetAsync($"{Deliveries}/{deliveryId}", Cancel), HttpStatusCode.NotFound, "webhook_delivery.not_found");
        await AssertProblem(await other.PostAsync($"{Deliveries}/{deliveryId}/redelivery", null, Cancel), HttpStatusCode.NotFound, "webhook_delivery.not_found");
        await AssertProblem(await other.GetAsync($"{Endpoints}/{id}/deliveries", Cancel), HttpStatusCode.NotFound, "webhook_endpoint.not_found");
        foreach (var role in new[] { "Institution", "Enterprise", "Talent", "DistrictAdmin" })
        {
            await AssertProblem(await (await Api.SignedInAs(role)).GetAsync($"{Deliveries}/{deliveryId}", Cancel), HttpStatusCode.Forbidden, "access.forbidden");
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.Anonymous().GetAsync($"{Deliveries}/{deliveryId}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Partner().GetAsync($"{Deliveries}/not-a-guid", Cancel)).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class WebhookDeliveryTestsOnSqlite(SqliteApiFactory api) : WebhookDeliveryTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class WebhookDeliveryTestsOnPostgreSql(PostgreSqlApiFactory api) : WebhookDeliveryTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class WebhookDeliveryTestsOnSqlServer(SqlServerApiFactory api) : WebhookDeliveryTests(api);
