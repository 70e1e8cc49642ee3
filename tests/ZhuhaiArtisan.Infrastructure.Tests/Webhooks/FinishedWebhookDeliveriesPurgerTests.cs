using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ZhuhaiArtisan.Domain.Access.PartnerClients;
using ZhuhaiArtisan.Domain.Integration.WebhookDeliveries;
using ZhuhaiArtisan.Domain.Integration.WebhookEndpoints;
using ZhuhaiArtisan.Infrastructure.Persistence;
using ZhuhaiArtisan.Infrastructure.Tests.Persistence;
using ZhuhaiArtisan.Infrastructure.Webhooks;

namespace ZhuhaiArtisan.Infrastructure.Tests.Webhooks;

/// <summary>
/// Finished deliveries are kept for the retention period (90 days by default) and then deleted
/// with their attempts; a pending one — new, retrying or redelivered — never is.
/// </summary>
public sealed class FinishedWebhookDeliveriesPurgerTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Purge_DeletesFinishedDeliveriesPastRetention_WithTheirAttempts_AndKeepsTheRest()
    {
        await using var harness = await PersistenceHarness.StartOnFileAsync();
        var endpoint = await RegisterEndpointAsync(harness);
        var old = harness.Clock.GetUtcNow();
        var succeededLongAgo = await EnqueueAsync(harness, endpoint, d => d.RecordSuccess(old, 200, TimeSpan.FromMilliseconds(30)));
        var failedLongAgo = await EnqueueAsync(harness, endpoint, d => d.Abandon("endpoint disabled"));
        var retryingLongAgo = await EnqueueAsync(harness, endpoint, d => d.RecordFailure(old, 500, TimeSpan.FromMilliseconds(30), "500", old.AddMinutes(1)));
        var redelivered = await EnqueueAsync(harness, endpoint, d => { d.Abandon("endpoint disabled"); d.Redeliver(old); });

        harness.Clock.Advance(TimeSpan.FromDays(91));
        var succeededRecently = await EnqueueAsync(harness, endpoint, d => d.RecordSuccess(harness.Clock.GetUtcNow(), 204, TimeSpan.FromMilliseconds(30)));

        var purged = await Purger(harness).PurgeAsync(Cancel);

        Assert.Equal(2, purged);
        await using var scope = harness.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var left = await db.WebhookDeliveries.Select(d => d.Id).ToListAsync(Cancel);
        Assert.Equal([retryingLongAgo, redelivered, succeededRecently], left.Order().ToList());
        var attemptsLeft = await db.WebhookDeliveries.SelectMany(d => d.AttemptLog).Select(a => a.WebhookDeliveryId).Distinct().ToListAsync(Cancel);
        Assert.DoesNotContain(succeededLongAgo, attemptsLeft);
        Assert.DoesNotContain(failedLongAgo, attemptsLeft);
        Assert.Contains(retryingLongAgo, attemptsLeft);
    }

    [Fact]
    public async Task Purge_WithinRetention_DeletesNothing()
    {
        await using var harness = await PersistenceHarness.StartOnFileAsync();
        var endpoint = await RegisterEndpointAsync(harness);
        await EnqueueAsync(harness, endpoint, d => d.RecordSuccess(harness.Clock.GetUtcNow(), 200, TimeSpan.FromMilliseconds(30)));
        harness.Clock.Advance(TimeSpan.FromDays(89));

        Assert.Equal(0, await Purger(harness).PurgeAsync(Cancel));
    }

    [Fact]
    public async Task Purge_OfMoreThanABatch_DeletesThemAll()
    {
        await using var harness = await PersistenceHarness.StartOnFileAsync();
        var endpoint = await RegisterEndpointAsync(harness);
        await using (var scope = harness.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            for (var i = 0; i < FinishedWebhookDeliveriesPurger.Batch + 5; i++)
            {
                var delivery = WebhookDelivery.Enqueue(WebhookDeliveryId.New(), endpoint, WebhookEventTypes.CatalogueEditionPublished, "{}", harness.Clock.GetUtcNow());
                delivery.Abandon("endpoint disabled");
                db.WebhookDeliveries.Add(delivery);
            }

            await db.SaveChangesAsync(Cancel);
        }

        harness.Clock.Advance(TimeSpan.FromDays(91));

        Assert.Equal(FinishedWebhookDeliveriesPurger.Batch + 5, await Purger(harness).PurgeAsync(Cancel));
    }

    private static FinishedWebhookDeliveriesPurger Purger(PersistenceHarness harness) =>
        new(
            harness.Services.GetRequiredService<IServiceScopeFactory>(),
            harness.Services.GetRequiredService<IOptions<WebhookOptions>>(),
            harness.Clock,
            NullLogger<FinishedWebhookDeliveriesPurger>.Instance);

    private static async Task<WebhookEndpointId> RegisterEndpointAsync(PersistenceHarness harness)
    {
        await using var scope = harness.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var client = PartnerClient.Register(PartnerClientId.New(), "jxzh", "技行珠海", harness.Clock.GetUtcNow());
        var endpoint = WebhookEndpoint.Register(
            WebhookEndpointId.New(), client.Id, 0, "https://receiver.example.com/hooks", [WebhookEventTypes.CatalogueEditionPublished], null, "secret", harness.Clock.GetUtcNow());
        db.PartnerClients.Add(client);
        db.WebhookEndpoints.Add(endpoint);
        await db.SaveChangesAsync(Cancel);
        return endpoint.Id;
    }

    private static async Task<WebhookDeliveryId> EnqueueAsync(PersistenceHarness harness, WebhookEndpointId endpoint, Action<WebhookDelivery> then)
    {
        await using var scope = harness.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var delivery = WebhookDelivery.Enqueue(WebhookDeliveryId.New(), endpoint, WebhookEventTypes.CatalogueEditionPublished, "{}", harness.Clock.GetUtcNow());
        then(delivery);
        db.WebhookDeliveries.Add(delivery);
        await db.SaveChangesAsync(Cancel);
        return delivery.Id;
    }
}
