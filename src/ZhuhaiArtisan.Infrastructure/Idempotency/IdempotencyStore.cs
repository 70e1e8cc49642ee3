using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Infrastructure.Persistence;

namespace ZhuhaiArtisan.Infrastructure.Idempotency;

/// <summary>
/// Claims keys with an insert that the primary key makes atomic: of concurrent requests with one
/// key exactly one inserts the row and runs; the others see the row. Each operation uses its own
/// short-lived context so the request's unit of work is not mixed in.
/// </summary>
public sealed class IdempotencyStore(IServiceScopeFactory scopes, TimeProvider clock, IOptions<IdempotencyOptions> options)
{
    public async Task<IdempotencyClaim> ClaimAsync(string scope, string key, string fingerprint, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var serviceScope = scopes.CreateAsyncScope();
        var db = serviceScope.ServiceProvider.GetRequiredService<AppDbContext>();

        var existing = await db.IdempotencyRecords.AsNoTracking()
            .SingleOrDefaultAsync(r => r.Scope == scope && r.Key == key, cancellationToken);
        if (existing is not null && existing.ExpiresAt <= now)
        {
            await db.IdempotencyRecords.Where(r => r.Scope == scope && r.Key == key).ExecuteDeleteAsync(cancellationToken);
            existing = null;
        }

        if (existing is null)
        {
            db.IdempotencyRecords.Add(new IdempotencyRecord
            {
                Scope = scope,
                Key = key,
                Fingerprint = fingerprint,
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
                existing = await db.IdempotencyRecords.AsNoTracking()
                    .SingleAsync(r => r.Scope == scope && r.Key == key, cancellationToken);
            }
        }

        if (!string.Equals(existing.Fingerprint, fingerprint, StringComparison.Ordinal))
        {
            return new IdempotencyClaim(IdempotencyClaimOutcome.Mismatch, existing);
        }

        return existing.IsCompleted
            ? new IdempotencyClaim(IdempotencyClaimOutcome.Replay, existing)
            : new IdempotencyClaim(IdempotencyClaimOutcome.InProgress, existing);
    }

    public async Task CompleteAsync(string scope, string key, int statusCode, string? contentType, string? location, string? etag, byte[] body, CancellationToken cancellationToken)
    {
        await using var serviceScope = scopes.CreateAsyncScope();
        var db = serviceScope.ServiceProvider.GetRequiredService<AppDbContext>();
        var record = await db.IdempotencyRecords.SingleAsync(r => r.Scope == scope && r.Key == key, cancellationToken);
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
        await using var serviceScope = scopes.CreateAsyncScope();
        var db = serviceScope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.IdempotencyRecords.Where(r => r.Scope == scope && r.Key == key).ExecuteDeleteAsync(cancellationToken);
    }
}
