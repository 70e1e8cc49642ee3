using System.Globalization;
using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;

namespace ZhuhaiArtisan.Application.Access.ListAuditEntries;

public sealed class ListAuditEntriesQueryHandler(IApplicationDbContext db, ICurrentUser user, ICursorCodec cursors)
    : IQueryHandler<ListAuditEntriesQuery, Page<AuditEntryDto>>
{
    private const string ListName = "audit-entries";

    public async ValueTask<Page<AuditEntryDto>> Handle(ListAuditEntriesQuery query, CancellationToken cancellationToken)
    {
        user.EnsureCityAdmin("reads the audit trail");

        var limit = PageLimits.Resolve(query.Limit);
        var after = cursors.DecodePosition(ListName, query.Cursor);

        var entries = db.AuditEntries.AsNoTracking();
        if (query.EntityType is not null)
        {
            entries = entries.Where(e => e.EntityType == query.EntityType);
        }

        if (query.EntityId is not null)
        {
            entries = entries.Where(e => e.EntityId == query.EntityId);
        }

        if (query.Actor is not null)
        {
            entries = entries.Where(e => e.Actor == query.Actor);
        }

        if (query.Action is not null)
        {
            entries = entries.Where(e => e.Action == query.Action);
        }

        if (query.From is { } from)
        {
            entries = entries.Where(e => e.OccurredAt >= from);
        }

        if (query.To is { } to)
        {
            entries = entries.Where(e => e.OccurredAt <= to);
        }

        if (after is not null)
        {
            var afterId = long.Parse(after, CultureInfo.InvariantCulture);
            entries = entries.Where(e => e.Id < afterId);
        }

        var rows = await entries.OrderByDescending(e => e.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var dtos = rows.Select(e => new AuditEntryDto(
            e.Id, e.OccurredAt, e.Actor, e.ActorRole, e.Action, e.EntityType, e.EntityId,
            ParseJson(e.Before), ParseJson(e.After), e.TraceId)).ToList();
        return cursors.ToPage(ListName, dtos, limit, e => e.Id.ToString(CultureInfo.InvariantCulture));
    }

    private static JsonElement? ParseJson(string? json) =>
        json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
}
