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

    // Written out rather than mapped: only the listed columns are read, and the tree holds nothing
    // EF has to evaluate on every request (a mapped nullable conversion is compiled each time).
    private static readonly Expression<Func<Talent, TalentSummaryDto>> Summary = t => new TalentSummaryDto(
        t.Id.Value,
        t.Name,
        t.DocumentType,
        t.IdentityNumber.Masked,
        t.Phone.Masked,
        t.ResidenceDistrictCode,
        t.Origin,
        t.EmployerId.HasValue ? t.EmployerId.Value.Value : null,
        t.SchoolId.HasValue ? t.SchoolId.Value.Value : null,
        t.Major,
        t.GraduationDate,
        t.JobSeekingStatus,
        t.ConsentsToMatching,
        t.Version);

    public async ValueTask<Page<TalentSummaryDto>> Handle(ListTalentsQuery query, CancellationToken cancellationToken)
    {
        var limit = PageLimits.Resolve(query.Limit);
        var after = cursors.DecodePosition(ListName, query.Cursor);

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

        // Ordered by name; the id breaks ties between namesakes and keeps the order total. The
        // cursor is signed, not encrypted: it carries nothing about the person but a name already on the page.
        if (after is not null)
        {
            var separator = after.IndexOf('\n', StringComparison.Ordinal);
            if (separator < 0 || !Guid.TryParse(after[(separator + 1)..], out var lastId))
            {
                throw new InvalidCursorException();
            }

            var (name, id) = (after[..separator], new TalentId(lastId));
            talents = talents.Where(t => string.Compare(t.Name, name) > 0 || (t.Name == name && t.Id > id));
        }

        var rows = await talents
            .OrderBy(t => t.Name).ThenBy(t => t.Id)
            .Take(limit + 1)
            .Select(Summary)
            .ToListAsync(cancellationToken);
        var page = cursors.ToPage(ListName, rows, limit, t => $"{t.Name}\n{t.Id}");
        return new Page<TalentSummaryDto>(page.Items, page.NextCursor);
    }
}
