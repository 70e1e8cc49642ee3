using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ZhuhaiArtisan.Application.Common.Auditing;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Domain.Access.AuditEntries;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueChanges;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueEditions;
using ZhuhaiArtisan.Domain.Integration.WebhookDeliveries;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.ReferenceData.Districts;
using ZhuhaiArtisan.Domain.ReferenceData.Occupations;
using ZhuhaiArtisan.Domain.Talents.TalentImports;
using ZhuhaiArtisan.Domain.Training.PartnerRecords;
using ZhuhaiArtisan.Infrastructure.Idempotency;
using ZhuhaiArtisan.Infrastructure.Persistence.ChangeFeed;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Writes one audit entry per changed record in the same transaction as the change, so a change
/// without its audit entry cannot be committed. Only changed fields are recorded, with personal
/// information masked. One instance serves every (pooled) context: who acts and in which
/// operation are read from the services of the scope the saving context is leased to.
/// </summary>
internal sealed class AuditingInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // Reference data is loaded from its sourced files, and join rows are recorded with their
    // aggregate's creation: neither is a user's state change of its own. An import's file and
    // rejected rows are its working material; the import itself and every talent it registers are audited.
    // An edition's entries, search index and change-feed record are written with the edition,
    // which is audited, and the feed records changes that are audited themselves. Webhook
    // deliveries and their attempts are the outbox's working records, listed to their partner
    // with every attempt; the endpoints they belong to are audited.
    private static readonly HashSet<Type> NotAudited =
    [
        typeof(AuditEntry), typeof(IdempotencyRecord), typeof(District), typeof(Occupation),
        typeof(OccupationCluster), typeof(OrganizationCluster), typeof(TalentImportFile), typeof(TalentImportRejectedRow),
        typeof(CatalogueEditionEntry), typeof(CatalogueEditionGram), typeof(CatalogueChange), typeof(CatalogueChangeCounter),
        typeof(WebhookDelivery), typeof(WebhookDeliveryAttempt),
        typeof(PartnerRecordLink),
    ];

    /// <summary>Whether changes to records of this type are audited (for writers that bypass the interceptor).</summary>
    public static bool IsAudited(Microsoft.EntityFrameworkCore.Metadata.IEntityType entityType) =>
        !NotAudited.Contains(entityType.ClrType) && !entityType.IsOwned();

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            AddAuditEntries(context);
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            AddAuditEntries(context);
        }

        return base.SavingChanges(eventData, result);
    }

    private void AddAuditEntries(DbContext context)
    {
        var scope = ((AppDbContext)context).ScopeServices;
        var user = scope.GetRequiredService<ICurrentUser>();
        var operation = scope.GetRequiredService<IOperationContext>();
        var now = clock.GetUtcNow();
        var traceId = Activity.Current?.TraceId.ToString();
        var actor = user.IsAuthenticated ? user.Actor : "system";
        var role = user.IsAuthenticated ? user.Role : "System";
        var action = operation.OperationName ?? "System";

        var changed = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => !NotAudited.Contains(e.Entity.GetType()) && !e.Metadata.IsOwned())
            .ToList();

        foreach (var entry in changed)
        {
            if (EntryFor(entry, now, actor, role, action, traceId) is { } audit)
            {
                context.Add(audit);
            }
        }
    }

    /// <summary>
    /// The audit entry of one tracked change, before → after, personal information masked; null
    /// for a modification that changed no value. Also used by writers that bypass the save.
    /// </summary>
    internal static AuditEntry? EntryFor(EntityEntry entry, DateTimeOffset now, string actor, string role, string action, string? traceId)
    {
        var before = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        var after = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        Collect(entry, before, after);
        if (entry.State == EntityState.Modified && after.Count == 0)
        {
            return null;
        }

        return AuditEntry.Record(
            now,
            Truncate(actor, AuditEntry.ActorMaxLength),
            Truncate(role, AuditEntry.RoleMaxLength),
            Truncate(action, AuditEntry.ActionMaxLength),
            entry.Metadata.ClrType.Name,
            Truncate(KeyOf(entry), AuditEntry.EntityIdMaxLength),
            entry.State == EntityState.Added ? null : JsonSerializer.Serialize(before, Json),
            entry.State == EntityState.Deleted ? null : JsonSerializer.Serialize(after, Json),
            traceId);
    }

    private static void Collect(EntityEntry entry, IDictionary<string, object?> before, IDictionary<string, object?> after)
    {
        foreach (var property in entry.Properties)
        {
            if (property.Metadata.IsConcurrencyToken || property.Metadata.IsShadowProperty())
            {
                continue;
            }

            Record(entry.State, property, CamelCase(property.Metadata.Name), before, after);
        }

        foreach (var complex in entry.ComplexProperties)
        {
            CollectComplex(entry.State, complex, CamelCase(complex.Metadata.Name), before, after);
        }

        foreach (var owned in entry.References.Where(r => r.Metadata.TargetEntityType.IsOwned() && r.TargetEntry is not null))
        {
            var prefix = CamelCase(owned.Metadata.Name);
            foreach (var property in owned.TargetEntry!.Properties.Where(p => !p.Metadata.IsKey()))
            {
                // An owned single-value object (the credit code) is recorded under its owner's name.
                Record(owned.TargetEntry.State, property, prefix, before, after);
            }
        }
    }

    private static void CollectComplex(EntityState state, ComplexPropertyEntry complex, string prefix, IDictionary<string, object?> before, IDictionary<string, object?> after)
    {
        // An optional value object that is absent is recorded as absent, not as its members' defaults.
        if (state == EntityState.Added && complex.CurrentValue is null)
        {
            after[prefix] = null;
            return;
        }

        foreach (var property in complex.Properties)
        {
            Record(state, property, $"{prefix}.{CamelCase(property.Metadata.Name)}", before, after);
        }

        foreach (var nested in complex.ComplexProperties)
        {
            CollectComplex(state, nested, $"{prefix}.{CamelCase(nested.Metadata.Name)}", before, after);
        }
    }

    private static void Record(EntityState state, PropertyEntry property, string name, IDictionary<string, object?> before, IDictionary<string, object?> after)
    {
        switch (state)
        {
            case EntityState.Added:
                after[name] = property.Metadata.ForAudit(property.CurrentValue);
                break;
            case EntityState.Deleted:
                before[name] = property.Metadata.ForAudit(property.OriginalValue);
                break;
            case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                before[name] = property.Metadata.ForAudit(property.OriginalValue);
                after[name] = property.Metadata.ForAudit(property.CurrentValue);
                break;
        }
    }

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey()!;
        return string.Join("|", key.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()));
    }

    private static string CamelCase(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
