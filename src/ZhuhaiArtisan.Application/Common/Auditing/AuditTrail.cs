using System.Diagnostics;
using System.Text.Json;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Domain.Access.AuditEntries;

namespace ZhuhaiArtisan.Application.Common.Auditing;

/// <summary>
/// Records reads of full personal information (DESIGN §5: every full read is audited). Changes
/// are audited by the persistence layer itself; reads change nothing, so they are written here,
/// as are a caller's changes to records the persistence layer leaves out of the audit because
/// background work changes them all the time (a webhook delivery sent again on request).
/// </summary>
public sealed class AuditTrail(IApplicationDbContext db, ICurrentUser user, IOperationContext operation, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void RecordFullRead(string entityType, string entityId, IReadOnlyList<string> fields) =>
        db.AuditEntries.Add(AuditEntry.Record(
            clock.GetUtcNow(),
            user.Actor,
            user.Role,
            operation.OperationName ?? "Read",
            entityType,
            entityId,
            before: null,
            after: JsonSerializer.Serialize(new { fullRead = fields }),
            Activity.Current?.TraceId.ToString()));

    public void RecordChange(string entityType, string entityId, object before, object after) =>
        db.AuditEntries.Add(AuditEntry.Record(
            clock.GetUtcNow(),
            user.Actor,
            user.Role,
            operation.OperationName ?? "Change",
            entityType,
            entityId,
            JsonSerializer.Serialize(before, Json),
            JsonSerializer.Serialize(after, Json),
            Activity.Current?.TraceId.ToString()));
}
