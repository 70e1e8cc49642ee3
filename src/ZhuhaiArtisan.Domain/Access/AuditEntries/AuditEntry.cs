namespace ZhuhaiArtisan.Domain.Access.AuditEntries;

/// <summary>
/// One state change: who did it, in which role, when, to what, and the values before and after
/// (personal information masked). Entries are append-only and kept at least six months
/// (网络安全法 art. 21).
/// </summary>
public sealed class AuditEntry
{
    public const int ActorMaxLength = 128;
    public const int RoleMaxLength = 32;
    public const int ActionMaxLength = 128;
    public const int EntityTypeMaxLength = 64;
    public const int EntityIdMaxLength = 64;
    public const int TraceIdMaxLength = 64;

    private AuditEntry()
    {
    }

    public long Id { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public string Actor { get; private set; } = null!;

    public string ActorRole { get; private set; } = null!;

    public string Action { get; private set; } = null!;

    public string EntityType { get; private set; } = null!;

    public string EntityId { get; private set; } = null!;

    /// <summary>JSON object of the changed fields' values before the change; null for a creation.</summary>
    public string? Before { get; private set; }

    /// <summary>JSON object of the changed fields' values after the change; null for a deletion.</summary>
    public string? After { get; private set; }

    public string? TraceId { get; private set; }

    public static AuditEntry Record(
        DateTimeOffset occurredAt,
        string actor,
        string actorRole,
        string action,
        string entityType,
        string entityId,
        string? before,
        string? after,
        string? traceId) =>
        new()
        {
            OccurredAt = occurredAt,
            Actor = actor,
            ActorRole = actorRole,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Before = before,
            After = after,
            TraceId = traceId,
        };
}
