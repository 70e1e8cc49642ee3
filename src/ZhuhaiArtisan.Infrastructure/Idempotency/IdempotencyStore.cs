using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Infrastructure.Persistence;

namespace ZhuhaiArtisan.Infrastructure.Idempotency;

/// <summary>
/// Claims keys with an insert that the primary key makes atomic: of concurrent requests with one
/// key exactly one inserts the row and runs; the others see the row. A claim whose lease ran out
/// (its request died) is taken over by a conditional update, which again only one request wins.
/// Each operation uses its own short-lived context, apart from the request's unit of work.
/// </summary>
public sealed class IdempotencyStore(IServiceScopeFactory scopes, TimeProvider clock, IOptions<IdempotencyOptions> options)
{
    public async Task<IdempotencyClaim> ClaimAsync(string scope, string key, string fingerprint, CancellationToken cancellationToken)
    {
        var (scopeHash, keyHash) = (Hash(scope), Hash(key));
        var now = clock.GetUtcNow();
        await using var serviceScope = scopes.CreateAsyncScope();
        var db = serviceScope.ServiceProvider.GetRequiredService<AppDbContext>();

        var existing = await Find(db, scopeHash, keyHash, cancellationToken);
        if (existing is not null && existing.ExpiresAt <= now)
        {
            await db.IdempotencyRecords.Where(r => r.ScopeHash == scopeHash && r.KeyHash == keyHash && r.ExpiresAt <= now)
                .ExecuteDeleteAsync(cancellationToken);
            existing = null;
        }

        if (existing is null)
        {
            db.IdempotencyRecords.Add(new IdempotencyRecord
            {
                ScopeHash = scopeHash,
                KeyHash = keyHash,
                Fingerprint = fingerprint,
                LockedUntil = now + options.Value.InProgressLease,
                CreatedAt = now,
                ExpiresAt = now + options.Value.Retention,
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new IdempotencyClaim(IdempotencyClaimOutcome.Acquired, null);
            }
            catch (DuplicateKeyException)
            {
                db.ChangeTracker.Clear();
                existing = await Find(db, scopeHash, keyHash, cancellationToken)
                           ?? throw new InvalidOperationException("An idempotency record vanished while being claimed.");
            }
        }

        if (!string.Equals(existing.Fingerprint, fingerprint, StringComparison.Ordinal))
        {
            return new IdempotencyClaim(IdempotencyClaimOutcome.Mismatch, existing);
        }

        if (existing.IsCompleted)
        {
            return new IdempotencyClaim(IdempotencyClaimOutcome.Replay, existing);
        }

        if (existing.LockedUntil <= now)
        {
            var lockedUntil = existing.LockedUntil;
            var taken = await db.IdempotencyRecords
                .Where(r => r.ScopeHash == scopeHash && r.KeyHash == keyHash && !r.IsCompleted && r.LockedUntil == lockedUntil)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.LockedUntil, now + options.Value.InProgressLease), cancellationToken);
            if (taken == 1)
            {
                return new IdempotencyClaim(IdempotencyClaimOutcome.Acquired, null);
            }
        }

        return new IdempotencyClaim(IdempotencyClaimOutcome.InProgress, existing);
    }

    public async Task CompleteAsync(string scope, string key, int statusCode, string? contentType, string? location, string? etag, byte[] body, CancellationToken cancellationToken)
    {
        var (scopeHash, keyHash) = (Hash(scope), Hash(key));
        await using var serviceScope = scopes.CreateAsyncScope();
        var db = serviceScope.ServiceProvider.GetRequiredService<AppDbContext>();
        var record = await db.IdempotencyRecords.SingleAsync(r => r.ScopeHash == scopeHash && r.KeyHash == keyHash, cancellationToken);
        record.IsCompleted = true;
        record.StatusCode = statusCode;
        record.ContentType = contentType;
        record.Location = location;
        record.ETag = etag;
        record.Body = body;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Deletes the records whose retention has ended; returns how many.</summary>
    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var serviceScope = scopes.CreateAsyncScope();
        var db = serviceScope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.IdempotencyRecords.Where(r => r.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Frees a key whose request failed unexpectedly, so the caller can retry with it.</summary>
    public async Task ReleaseAsync(string scope, string key, CancellationToken cancellationToken)
    {
        var (scopeHash, keyHash) = (Hash(scope), Hash(key));
        await using var serviceScope = scopes.CreateAsyncScope();
        var db = serviceScope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.IdempotencyRecords.Where(r => r.ScopeHash == scopeHash && r.KeyHash == keyHash && !r.IsCompleted)
            .ExecuteDeleteAsync(cancellationToken);
    }

    private static Task<IdempotencyRecord?> Find(AppDbContext db, string scopeHash, string keyHash, CancellationToken cancellationToken) =>
        db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.ScopeHash == scopeHash && r.KeyHash == keyHash, cancellationToken);

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
