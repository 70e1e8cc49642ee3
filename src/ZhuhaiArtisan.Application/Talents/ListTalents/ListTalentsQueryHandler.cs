using System.Linq.Expressions;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Talents.Common;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.Talents;

namespace ZhuhaiArtisan.Application.Talents.ListTalents;

public sealed class ListTalentsQueryHandler(IApplicationDbContext db, ICurrentUser user, ICursorCodec cursors)
    : IQueryHandler<ListTalentsQuery, Page<TalentSummaryDto>>
{
    private const string ListName = "talents";

    public async ValueTask<Page<TalentSummaryDto>> Handle(ListTalentsQuery query, CancellationToken cancellationToken)
    {
        var limit = PageLimits.Resolve(query.Limit);
        var after = After(cursors.DecodePosition(ListName, query.Cursor));
        // The city and a district see by residence alone: their lists run compiled. Who sees by
        // employer, school, enrolment or self goes through the access rules as written.
        var rows = user.SeesByResidence(out var district)
            ? await TalentListQueries.ReadAsync(db, query, after, district, limit + 1, cancellationToken)
            : await ReadVisibleAsync(query, after, limit + 1, cancellationToken);

        // The cursor is signed, not encrypted: it carries nothing about the person but a name already on the page.
        var page = cursors.ToPage(ListName, rows, limit, t => $"{t.Name}\n{t.Id}");
        return new Page<TalentSummaryDto>(page.Items, page.NextCursor);
    }

    /// <summary>The list as any caller's access rules allow it.</summary>
    private async Task<List<TalentSummaryDto>> ReadVisibleAsync(ListTalentsQuery query, (string Name, TalentId Id)? after, int take, CancellationToken cancellationToken)
    {
        var talents = db.Talents.AsNoTracking().VisibleTo(user, db);
        if (query.District is not null)
        {
            talents = talents.Where(t => t.ResidenceDistrictCode == query.District);
        }

        if (query.Origin is { } origin)
        {
            talents = talents.Where(t => t.Origin == origin);
        }

        if (query.Employer is { } employer)
        {
            var employerId = new OrganizationId(employer);
            talents = talents.Where(t => t.EmployerId == employerId);
        }

        if (query.School is { } school)
        {
            var schoolId = new OrganizationId(school);
            talents = talents.Where(t => t.SchoolId == schoolId);
        }

        if (query.JobSeeking is { } status)
        {
            talents = talents.Where(t => t.JobSeekingStatus == status);
        }

        if (after is var (name, id))
        {
            talents = talents.Where(TalentListQueries.AfterPosition(name, id));
        }

        return await talents
            .OrderBy(t => t.Name).ThenBy(t => t.Id)
            .Take(take)
            .Select(TalentListQueries.Summary)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The name and id a cursor stands after.</summary>
    private static (string Name, TalentId Id)? After(string? position)
    {
        if (position is null)
        {
            return null;
        }

        var separator = position.IndexOf('\n', StringComparison.Ordinal);
        return separator >= 0 && Guid.TryParse(position[(separator + 1)..], out var lastId)
            ? (position[..separator], new TalentId(lastId))
            : throw new InvalidCursorException();
    }
}
