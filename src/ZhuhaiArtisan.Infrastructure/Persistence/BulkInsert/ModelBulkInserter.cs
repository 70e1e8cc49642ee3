using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using ZhuhaiArtisan.Application.Common.Auditing;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Domain.Access.AuditEntries;
using ZhuhaiArtisan.Domain.Common;
using ZhuhaiArtisan.Infrastructure.Persistence.Interceptors;
using ZhuhaiArtisan.Infrastructure.Persistence.Providers;

namespace ZhuhaiArtisan.Infrastructure.Persistence.BulkInsert;

/// <summary>
/// Inserts new records with multi-row INSERT statements built from the EF model: the same tables,
/// columns and value conversions as a save, without change tracking. Each record gets the audit
/// entry the auditing interceptor would have written, and its aggregate's events are dispatched,
/// all in the caller's transaction.
/// </summary>
internal sealed class ModelBulkInserter(
    AppDbContext db,
    DomainEventDispatcher events,
    ICurrentUser user,
    IOperationContext operation,
    TimeProvider clock,
    SqliteWalCheckpoints? checkpoints = null) : IBulkInserter
{
    /// <summary>256 MiB, as SQLite counts a negative cache size: in KiB.</summary>
    private const int BulkCacheSizeKib = -262_144;

    public async Task InsertAsync<T>(IReadOnlyList<T> entities, CancellationToken cancellationToken)
        where T : class
    {
        if (entities.Count == 0)
        {
            return;
        }

        var entityType = EntityTypeOf<T>();
        if (typeof(T).IsAssignableTo(typeof(AggregateRoot)))
        {
            await events.DispatchAsync(entities.Cast<AggregateRoot>(), cancellationToken);
        }

        // The audit entries (each a JSON document of its whole record) are made on another core
        // while the records are written.
        var audit = AuditingInterceptor.IsAudited(entityType) ? AuditEntriesFor(entityType, entities, cancellationToken) : null;
        await InsertRowsAsync(entityType, entities, null, cancellationToken);
        if (audit is not null)
        {
            await InsertRowsAsync(db.Model.FindEntityType(typeof(AuditEntry))!, await audit, null, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<T>> InsertUnlessTakenAsync<T>(
        IReadOnlyList<T> entities, Expression<Func<T, string>> uniqueKey, CancellationToken cancellationToken)
        where T : class
    {
        if (entities.Count == 0)
        {
            return [];
        }

        var entityType = EntityTypeOf<T>();
        var key = uniqueKey.Body is MemberExpression { Member.Name: var name } && entityType.FindProperty(name) is { } property
            && entityType.GetIndexes().Any(i => i.IsUnique && i.GetFilter() is null && i.Properties.SequenceEqual([property]))
            ? property
            : throw new InvalidOperationException($"{uniqueKey} is not a property of {typeof(T).Name} with a unique index of its own.");
        var audit = AuditingInterceptor.IsAudited(entityType) ? AuditEntriesFor(entityType, entities, cancellationToken) : null;

        HashSet<int> taken;
        List<T> inserted;
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            // The insert itself tells: a row whose key is taken inserts nothing, at no extra lookup.
            taken = await InsertRowsAsync(entityType, entities, key, cancellationToken);
            inserted = Without(entities, taken);
        }
        else
        {
            var keyOf = uniqueKey.Compile();
            var existing = await ExistingKeysAsync<T>(key, entities.Select(keyOf).ToList(), cancellationToken);
            taken = Enumerable.Range(0, entities.Count).Where(i => existing.Contains(keyOf(entities[i]))).ToHashSet();
            inserted = Without(entities, taken);
            await InsertRowsAsync(entityType, inserted, null, cancellationToken);
        }

        if (typeof(T).IsAssignableTo(typeof(AggregateRoot)))
        {
            await events.DispatchAsync(inserted.Cast<AggregateRoot>(), cancellationToken);
        }

        if (audit is not null)
        {
            await InsertRowsAsync(db.Model.FindEntityType(typeof(AuditEntry))!, Without(await audit, taken), null, cancellationToken);
        }

        return taken.Order().Select(i => entities[i]).ToList();
    }

    private IEntityType EntityTypeOf<T>()
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        if (entityType.GetNavigations().Any(n => n.TargetEntityType.IsOwned()))
        {
            // Owned types live in rows or tables of their own; only columns of the record itself are written here.
            throw new NotSupportedException($"{typeof(T).Name} has owned types, which a bulk insert does not write.");
        }

        return db.Database.CurrentTransaction is null
            ? throw new InvalidOperationException("A bulk insert runs inside the unit of work's transaction.")
            : entityType;
    }

    /// <summary>Which of the keys are taken already, read a thousand at a time in the unique index's order.</summary>
    private async Task<HashSet<string>> ExistingKeysAsync<T>(IProperty key, List<string> keys, CancellationToken cancellationToken)
        where T : class
    {
        var existing = new HashSet<string>(StringComparer.Ordinal);
        keys.Sort(StringComparer.Ordinal);
        foreach (var batch in keys.Chunk(1_000))
        {
            existing.UnionWith(await db.Set<T>()
                .Where(e => batch.Contains(EF.Property<string>(e, key.Name)))
                .Select(e => EF.Property<string>(e, key.Name))
                .ToListAsync(cancellationToken));
        }

        return existing;
    }

    private static List<T> Without<T>(IReadOnlyList<T> items, HashSet<int> positions) =>
        positions.Count == 0 ? [.. items] : items.Where((_, i) => !positions.Contains(i)).ToList();

    /// <summary>The entries the auditing interceptor would have written for these new records, made on a pool thread.</summary>
    private Task<List<AuditEntry>> AuditEntriesFor<T>(IEntityType entityType, IReadOnlyList<T> entities, CancellationToken cancellationToken)
        where T : class
    {
        // Read here, on the caller's thread: the caller and its operation are the request's.
        var now = clock.GetUtcNow();
        var traceId = Activity.Current?.TraceId.ToString();
        var actor = Truncate(user.IsAuthenticated ? user.Actor : "system", AuditEntry.ActorMaxLength);
        var role = Truncate(user.IsAuthenticated ? user.Role : "System", AuditEntry.RoleMaxLength);
        var action = Truncate(operation.OperationName ?? "System", AuditEntry.ActionMaxLength);
        return Task.Run(
            () => entities
                .Select(entity => AuditEntry.Record(
                    now,
                    actor,
                    role,
                    action,
                    entityType.ClrType.Name,
                    Truncate(AddedRecordAudit.KeyOf(entityType, entity), AuditEntry.EntityIdMaxLength),
                    null,
                    AddedRecordAudit.After(entityType, entity),
                    traceId))
                .ToList(),
            cancellationToken);
    }

    /// <summary>Writes the records; with <paramref name="skipConflictsOn"/> (SQLite only), leaves out those whose key is taken and returns their positions.</summary>
    private async Task<HashSet<int>> InsertRowsAsync<T>(IEntityType entityType, IReadOnlyList<T> entities, IProperty? skipConflictsOn, CancellationToken cancellationToken)
        where T : class
    {
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetFlattenedProperties()
            .Where(p => p.GetColumnName(table) is not null && p.ValueGenerated == ValueGenerated.Never)
            .Select(p => (Property: p, Column: p.GetColumnName(table)!, Mapping: (RelationalTypeMapping)p.GetRelationalTypeMapping()))
            .ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var header = new StringBuilder()
            .Append("INSERT INTO ").Append(sql.DelimitIdentifier(table.Name, table.Schema))
            .Append(" (").AppendJoin(", ", columns.Select(c => sql.DelimitIdentifier(c.Column))).Append(") VALUES ")
            .ToString();
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction!.GetDbTransaction();

        // SQLite runs in the process: one prepared single-row statement, executed per row, is
        // fastest. A server is worth few round trips: many rows per statement, within its
        // limit on parameters.
        var rowsPerStatement = db.Provider == DatabaseProvider.Sqlite ? 1 : Math.Max(1, Math.Min(200, (MaxParameters() - 1) / columns.Count));
        var fullBatch = StatementFor(header, rowsPerStatement, columns.Count);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        if (rowsPerStatement == 1)
        {
            var statement = skipConflictsOn is null
                ? fullBatch
                : $"{fullBatch} ON CONFLICT ({sql.DelimitIdentifier(skipConflictsOn.GetColumnName(table)!)}) DO NOTHING";
            return InsertOneByOne(command, statement, columns, entities, cancellationToken);
        }

        if (skipConflictsOn is not null)
        {
            throw new NotSupportedException("Conflicting rows are left out on SQLite only.");
        }

        foreach (var batch in entities.Chunk(rowsPerStatement))
        {
            command.Parameters.Clear();
            for (var row = 0; row < batch.Length; row++)
            {
                for (var column = 0; column < columns.Count; column++)
                {
                    var (property, _, mapping) = columns[column];
                    var value = property.GetGetter().GetClrValueUsingContainingEntity(batch[row]);
                    command.Parameters.Add(mapping.CreateParameter(command, ParameterName(row, column, columns.Count), value, property.IsNullable));
                }
            }

            // The same text for every full batch, so the server can reuse its plan.
            var statement = batch.Length == rowsPerStatement ? fullBatch : StatementFor(header, batch.Length, columns.Count);
            if (!string.Equals(command.CommandText, statement, StringComparison.Ordinal))
            {
                command.CommandText = statement;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return [];
    }

    /// <summary>
    /// SQLite: one prepared statement, its parameters made once and given each row's values. Every
    /// row touches each of the table's indexes at a random place, so the page cache is widened for
    /// the duration (SQLite's default is 2 MB) and put back afterwards.
    /// </summary>
    private HashSet<int> InsertOneByOne<T>(
        DbCommand command,
        string statement,
        List<(IProperty Property, string Column, RelationalTypeMapping Mapping)> columns,
        IReadOnlyList<T> entities,
        CancellationToken cancellationToken)
        where T : class
    {
        var previousCacheSize = SqlitePragma.Run(command, "PRAGMA cache_size");
        SqlitePragma.Run(command, $"PRAGMA cache_size = {BulkCacheSizeKib}");
        checkpoints?.DeferUntilTransactionEnds(command);
        try
        {
            command.CommandText = statement;
            var parameters = columns
                .Select((c, i) => c.Mapping.CreateParameter(command, ParameterName(0, i, columns.Count), null, c.Property.IsNullable))
                .ToArray();
            command.Parameters.AddRange(parameters);
            command.Prepare();
            var skipped = new HashSet<int>();
            for (var row = 0; row < entities.Count; row++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var entity = entities[row];
                for (var column = 0; column < columns.Count; column++)
                {
                    var (property, _, mapping) = columns[column];
                    var value = property.GetGetter().GetClrValueUsingContainingEntity(entity);
                    parameters[column].Value = (value is null ? null : mapping.Converter?.ConvertToProvider(value) ?? value) ?? DBNull.Value;
                }

                // SQLite runs in the process: its asynchronous calls only wrap the synchronous ones.
                if (command.ExecuteNonQuery() == 0)
                {
                    skipped.Add(row);
                }
            }

            return skipped;
        }
        finally
        {
            command.Parameters.Clear();
            SqlitePragma.Run(command, string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = {previousCacheSize}"));
        }
    }

    private static string StatementFor(string header, int rows, int columns)
    {
        var text = new StringBuilder(header);
        for (var row = 0; row < rows; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < columns; column++)
            {
                text.Append(column == 0 ? string.Empty : ", ").Append(ParameterName(row, column, columns));
            }

            text.Append(')');
        }

        return text.ToString();
    }

    private static string ParameterName(int row, int column, int columns) =>
        string.Create(CultureInfo.InvariantCulture, $"@p{(row * columns) + column}");

    // Each provider's limit on parameters in one statement.
    private int MaxParameters() => db.Provider switch
    {
        DatabaseProvider.SqlServer => 2_100,
        DatabaseProvider.PostgreSql => 65_535,
        _ => 32_766,
    };

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
