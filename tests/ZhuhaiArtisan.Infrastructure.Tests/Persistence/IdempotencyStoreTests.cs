using Microsoft.Extensions.DependencyInjection;
using ZhuhaiArtisan.Infrastructure.Idempotency;

namespace ZhuhaiArtisan.Infrastructure.Tests.Persistence;

public sealed class IdempotencyStoreTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Claim_FirstAcquires_RepeatWhileRunningIsInProgress_AfterCompletionReplays_OtherBodyMismatches()
    {
        await using var harness = await PersistenceHarness.StartAsync();
        var store = harness.Services.GetRequiredService<IdempotencyStore>();

        Assert.Equal(IdempotencyClaimOutcome.Acquired, (await store.ClaimAsync("caller", "k1", Fingerprint('a'), Cancel)).Outcome);
        Assert.Equal(IdempotencyClaimOutcome.InProgress, (await store.ClaimAsync("caller", "k1", Fingerprint('a'), Cancel)).Outcome);

        await store.CompleteAsync("caller", "k1", 201, "application/json", "/x/1", "\"1\"", "{}"u8.ToArray(), Cancel);

        var replay = await store.ClaimAsync("caller", "k1", Fingerprint('a'), Cancel);
        Assert.Equal(IdempotencyClaimOutcome.Replay, replay.Outcome);
        Assert.Equal((201, "/x/1"), (replay.Record!.StatusCode!.Value, replay.Record.Location));
        Assert.Equal(IdempotencyClaimOutcome.Mismatch, (await store.ClaimAsync("caller", "k1", Fingerprint('b'), Cancel)).Outcome);
        Assert.Equal(IdempotencyClaimOutcome.Acquired, (await store.ClaimAsync("another-caller", "k1", Fingerprint('b'), Cancel)).Outcome);
    }

    [Fact]
    public async Task Keys_AreKeptForTheRetention_ThenFreedAndPurged()
    {
        await using var harness = await PersistenceHarness.StartAsync();
        var store = harness.Services.GetRequiredService<IdempotencyStore>();
        await store.ClaimAsync("caller", "old", Fingerprint('a'), Cancel);
        await store.CompleteAsync("caller", "old", 200, null, null, null, [], Cancel);

        harness.Clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(IdempotencyClaimOutcome.Replay, (await store.ClaimAsync("caller", "old", Fingerprint('a'), Cancel)).Outcome);
        Assert.Equal(0, await store.PurgeExpiredAsync(Cancel));

        harness.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await store.PurgeExpiredAsync(Cancel));
        Assert.Equal(IdempotencyClaimOutcome.Acquired, (await store.ClaimAsync("caller", "old", Fingerprint('b'), Cancel)).Outcome);
    }

    [Fact]
    public async Task AClaimWhoseRequestDied_IsTakenOverAfterItsLease_ByOneRequestOnly()
    {
        await using var harness = await PersistenceHarness.StartAsync();
        var store = harness.Services.GetRequiredService<IdempotencyStore>();
        await store.ClaimAsync("caller", "k", Fingerprint('a'), Cancel);

        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(IdempotencyClaimOutcome.InProgress, (await store.ClaimAsync("caller", "k", Fingerprint('a'), Cancel)).Outcome);

        harness.Clock.Advance(TimeSpan.FromMinutes(2));
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => store.ClaimAsync("caller", "k", Fingerprint('a'), Cancel)));
        Assert.Single(outcomes, o => o.Outcome == IdempotencyClaimOutcome.Acquired);
        Assert.All(outcomes.Where(o => o.Outcome != IdempotencyClaimOutcome.Acquired), o => Assert.Equal(IdempotencyClaimOutcome.InProgress, o.Outcome));
    }

    [Fact]
    public async Task Release_FreesTheKeyForARetry()
    {
        await using var harness = await PersistenceHarness.StartAsync();
        var store = harness.Services.GetRequiredService<IdempotencyStore>();
        await store.ClaimAsync("caller", "k", Fingerprint('a'), Cancel);

        await store.ReleaseAsync("caller", "k", Cancel);

        Assert.Equal(IdempotencyClaimOutcome.Acquired, (await store.ClaimAsync("caller", "k", Fingerprint('a'), Cancel)).Outcome);
    }

    private static string Fingerprint(char c) => new(c, 64);
}
