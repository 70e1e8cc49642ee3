using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Domain.Integration.WebhookDeliveries;
using ZhuhaiArtisan.Infrastructure.Persistence;

namespace ZhuhaiArtisan.Infrastructure.Webhooks;

/// <summary>
/// Claims due deliveries for one instance: sets their lease and this claim's token in one
/// statement, skipping rows another instance is claiming at that moment (PostgreSQL
/// <c>FOR UPDATE SKIP LOCKED</c>, SQL Server <c>UPDLOCK, READPAST</c>), so no two instances hold
/// the same delivery. SQLite serves one instance; its claim is a conditional update.
/// </summary>
internal static class WebhookDeliveryClaimer
{
    private const string Pending = nameof(WebhookDeliveryStatus.Pending);

    public static async Task<IReadOnlyList<WebhookDeliveryId>> ClaimAsync(
        AppDbContext db, Guid token, DateTimeOffset now, DateTimeOffset until, int batch, CancellationToken cancellationToken)
    {
        switch (db.Provider)
        {
            case DatabaseProvider.PostgreSql:
                await db.Database.ExecuteSqlAsync(
                    $"""
                    UPDATE "WebhookDeliveries" SET "LeaseExpiresAt" = {until}, "ClaimToken" = {token}
                    WHERE "Id" IN (
                        SELECT "Id" FROM "WebhookDeliveries"
                        WHERE "Status" = {Pending} AND "NextAttemptAt" <= {now} AND ("LeaseExpiresAt" IS NULL OR "LeaseExpiresAt" < {now})
                        ORDER BY "NextAttemptAt"
                        LIMIT {batch}
                        FOR UPDATE SKIP LOCKED)
                    """,
                    cancellationToken);
                break;
            case DatabaseProvider.SqlServer:
                await db.Database.ExecuteSqlAsync(
                    $"""
                    WITH due AS (
                        SELECT TOP ({batch}) * FROM [WebhookDeliveries] WITH (UPDLOCK, READPAST, ROWLOCK)
                        WHERE [Status] = {Pending} AND [NextAttemptAt] <= {now} AND ([LeaseExpiresAt] IS NULL OR [LeaseExpiresAt] < {now})
                        ORDER BY [NextAttemptAt])
                    UPDATE due SET [LeaseExpiresAt] = {until}, [ClaimToken] = {token}
                    """,
                    cancellationToken);
                break;
            default:
                var due = await Due(db.WebhookDeliveries, now).OrderBy(d => d.NextAttemptAt).Select(d => d.Id).Take(batch).ToListAsync(cancellationToken);
                if (due.Count > 0)
                {
                    // The due condition is repeated: a row someone claimed meanwhile is not taken again.
                    await Due(db.WebhookDeliveries, now).Where(d => due.Contains(d.Id))
                        .ExecuteUpdateAsync(set => set.SetProperty(d => d.LeaseExpiresAt, until).SetProperty(d => d.ClaimToken, token), cancellationToken);
                }

                break;
        }

        return await db.WebhookDeliveries.AsNoTracking().Where(d => d.ClaimToken == token).Select(d => d.Id).ToListAsync(cancellationToken);
    }

    private static IQueryable<WebhookDelivery> Due(IQueryable<WebhookDelivery> deliveries, DateTimeOffset now) =>
        deliveries.Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now && (d.LeaseExpiresAt == null || d.LeaseExpiresAt < now));
}
