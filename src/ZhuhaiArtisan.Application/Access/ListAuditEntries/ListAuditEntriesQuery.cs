using Mediator;
using ZhuhaiArtisan.Application.Common.Paging;

namespace ZhuhaiArtisan.Application.Access.ListAuditEntries;

/// <summary>The audit trail, newest first, filtered by any of the criteria.</summary>
public sealed record ListAuditEntriesQuery(
    string? EntityType,
    string? EntityId,
    string? Actor,
    string? Action,
    DateTimeOffset? From,
    DateTimeOffset? To,
    int? Limit,
    string? Cursor) : IQuery<Page<AuditEntryDto>>;
