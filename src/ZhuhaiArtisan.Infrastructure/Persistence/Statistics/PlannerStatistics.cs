using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using ZhuhaiArtisan.Application.Common.Persistence;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Statistics;

/// <summary>
/// PostgreSQL plans from statistics that autovacuum refreshes only a while after a table changed:
/// until then a table just filled with a million rows is planned as if empty (a published
/// edition's search took 100 ms instead of 1). SQL Server refreshes stale statistics itself when
/// it next compiles a query; SQLite plans without them.
/// </summary>
internal sealed class PlannerStatistics(AppDbContext db) : IPlannerStatistics
{
    public async Task RefreshAsync<T>(CancellationToken cancellationToken)
        where T : class
    {
        if (db.Provider != DatabaseProvider.PostgreSql)
        {
            return;
        }

        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = db.GetService<ISqlGenerationHelper>().DelimitIdentifier(entityType.GetTableName()!, entityType.GetSchema());
#pragma warning disable EF1002 // The name comes from the model, delimited, never from input.
        await db.Database.ExecuteSqlRawAsync($"ANALYZE {table}", cancellationToken);
#pragma warning restore EF1002
    }
}
