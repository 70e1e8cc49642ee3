using System.Runtime.CompilerServices;
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
    /// <summary>Parameters: {0} lease end, {1} claim token, {2} pending status, {3} now, {4} batch size.</summary>
    internal const string PostgreSqlClaim =
        """
        UPDATE "WebhookDeliveries" SET "LeaseExpiresAt" = {0}, "ClaimToken" = {1}
        WHERE "Id" IN (
            SELECT "Id" FROM "WebhookDeliveries"
            WHERE "Status" = {2} AND "NextAttemptAt" <= {3} AND ("LeaseExpiresAt" IS NULL OR "LeaseExpiresAt" < {3})
            ORDER BY "NextAttemptAt"
            LIMIT {4}
            FOR UPDATE SKIP LOCKED)
        """;

    /// <summary>Parameters: {0} batch size, {1} pending status, {2} now, {3} lease end, {4} claim token.</summary>
    internal const string SqlServerClaim =
        """
        WITH due AS (
            SELECT TOP ({0}) * FROM [WebhookDeliveries] WITH (UPDLOCK, READPAST, ROWLOCK)
            WHERE [Status] = {1} AND [NextAttemptAt] <= {2} AND ([LeaseExpiresAt] IS NULL OR [LeaseExpiresAt] < {2})
            ORDER BY [NextAttemptAt])
        UPDATE due SET [LeaseExpiresAt] = {3}, [ClaimToken] = {4}
        """;

    private const string Pending = nameof(WebhookDeliveryStatus.Pending);

    public static async Task<IReadOnlyList<WebhookDeliveryId>> ClaimAsync(
        AppDbContext db, Guid token, DateTimeOffset now, DateTimeOffset until, int batch, CancellationToken cancellationToken)
    {
        switch (db.Provider)
        {
            case DatabaseProvider.PostgreSql:
                await db.Database.ExecuteSqlAsync(FormattableStringFactory.Create(PostgreSqlClaim, until, token, Pending, now, batch), cancellationToken);
                break;
            case DatabaseProvider.SqlServer:
                await db.Database.ExecuteSqlAsync(FormattableStringFactory.Create(SqlServerClaim, batch, Pending, now, until, token), cancellationToken);
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
