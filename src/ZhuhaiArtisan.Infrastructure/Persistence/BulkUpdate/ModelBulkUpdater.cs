using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using ZhuhaiArtisan.Application.Common.Auditing;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Domain.Access.AuditEntries;
using ZhuhaiArtisan.Domain.Common;
using ZhuhaiArtisan.Infrastructure.Persistence.Interceptors;

namespace ZhuhaiArtisan.Infrastructure.Persistence.BulkUpdate;

/// <summary>
/// Writes tracked modifications with one prepared UPDATE per shape of change (the columns that
/// changed), executed row by row in the caller's transaction: EF's own update pipeline costs far
/// more per row than the statement does. Concurrency tokens are checked as a save checks them
/// (a row changed meanwhile fails the whole unit of work); the audit entries are the interceptor's.
/// </summary>
internal sealed class ModelBulkUpdater(
    AppDbContext db,
    DomainEventDispatcher events,
    IBulkInserter inserter,
    ICurrentUser user,
    IOperationContext operation,
    TimeProvider clock) : IBulkUpdater
{
    public async Task UpdateTrackedAsync<T>(CancellationToken cancellationToken)
        where T : class
    {
        var entries = db.ChangeTracker.Entries<T>().Where(e => e.State == EntityState.Modified).Cast<EntityEntry>().ToList();
        if (entries.Count == 0)
        {
            return;
        }

        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        if (entityType.GetComplexProperties().Any() || entityType.GetNavigations().Any(n => n.TargetEntityType.IsOwned()))
        {
            throw new NotSupportedException($"{typeof(T).Name} has complex or owned types, which a bulk update does not write.");
        }

        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A bulk update runs inside the unit of work's transaction.");
        }

        if (typeof(T).IsAssignableTo(typeof(AggregateRoot)))
        {
            await events.DispatchAsync(entries.Select(e => e.Entity).Cast<AggregateRoot>(), cancellationToken);
        }

        var audit = AuditOf(entityType, entries);
        foreach (var shape in entries.GroupBy(e => string.Join(',', e.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name))))
        {
            await UpdateAsync(entityType, [.. shape], cancellationToken);
        }

        foreach (var entry in entries)
        {
            // Written: what is in memory is what is stored.
            entry.State = EntityState.Unchanged;
        }

        await inserter.InsertAsync(audit, cancellationToken);
    }

    private async Task UpdateAsync(IEntityType entityType, List<EntityEntry> entries, CancellationToken cancellationToken)
    {
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var set = entries[0].Properties.Where(p => p.IsModified).Select(p => p.Metadata).ToList();
        var key = entityType.FindPrimaryKey()!.Properties.ToList();
        var tokens = entityType.GetProperties().Where(p => p.IsConcurrencyToken).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();

        // SET the changed columns WHERE the key matches and each concurrency token is still the value read.
        var columns = set.Select(p => (Property: p, Original: false))
            .Concat(key.Select(p => (Property: p, Original: false)))
            .Concat(tokens.Select(p => (Property: p, Original: true)))
            .ToList();
        var text = new StringBuilder()
            .Append("UPDATE ").Append(sql.DelimitIdentifier(table.Name, table.Schema)).Append(" SET ")
            .AppendJoin(", ", set.Select((p, i) => $"{sql.DelimitIdentifier(p.GetColumnName(table)!)} = {Parameter(i)}"))
            .Append(" WHERE ")
            .AppendJoin(" AND ", key.Concat(tokens).Select((p, i) => $"{sql.DelimitIdentifier(p.GetColumnName(table)!)} = {Parameter(set.Count + i)}"))
            .ToString();

        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = text;
        var mappings = columns.Select(c => (RelationalTypeMapping)c.Property.GetRelationalTypeMapping()).ToList();
        var parameters = columns.Select((c, i) => mappings[i].CreateParameter(command, Parameter(i), null, c.Property.IsNullable)).ToArray();
        command.Parameters.AddRange(parameters);
        if (db.Provider != DatabaseProvider.SqlServer)
        {
            // SQL Server prepares only parameters with explicit sizes; it caches the plan of the same text anyway.
            command.Prepare();
        }

        foreach (var entry in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var i = 0; i < columns.Count; i++)
            {
                var (property, original) = columns[i];
                var value = original ? entry.Property(property.Name).OriginalValue : entry.Property(property.Name).CurrentValue;
                parameters[i].Value = (value is null ? null : mappings[i].Converter?.ConvertToProvider(value) ?? value) ?? DBNull.Value;
            }

            var affected = db.Provider == DatabaseProvider.Sqlite
                ? command.ExecuteNonQuery()
                : await command.ExecuteNonQueryAsync(cancellationToken);
            if (affected != 1)
            {
                throw new DbUpdateConcurrencyException($"{entityType.ClrType.Name} {string.Join('|', key.Select(k => entry.Property(k.Name).CurrentValue))} was changed or removed meanwhile.");
            }
        }
    }

    private List<AuditEntry> AuditOf(IEntityType entityType, List<EntityEntry> entries)
    {
        if (!AuditingInterceptor.IsAudited(entityType))
        {
            return [];
        }

        var now = clock.GetUtcNow();
        var traceId = Activity.Current?.TraceId.ToString();
        var actor = user.IsAuthenticated ? user.Actor : "system";
        var role = user.IsAuthenticated ? user.Role : "System";
        var action = operation.OperationName ?? "System";
        return entries.Select(e => AuditingInterceptor.EntryFor(e, now, actor, role, action, traceId)).OfType<AuditEntry>().ToList();
    }

    private static string Parameter(int index) => string.Create(CultureInfo.InvariantCulture, $"@u{index}");
}
