using System.Text.Json;

namespace ZhuhaiArtisan.Application.Access.ListAuditEntries;

public sealed record AuditEntryDto(
    long Id,
    DateTimeOffset OccurredAt,
    string Actor,
    string ActorRole,
    string Action,
    string EntityType,
    string EntityId,
    JsonElement? Before,
    JsonElement? After,
    string? TraceId);
