using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Talents.Common;
using ZhuhaiArtisan.Application.Training.Common;
using ZhuhaiArtisan.Domain.Training.Enrolments;

namespace ZhuhaiArtisan.Application.Training.ListMyEnrolments;

public sealed class ListMyEnrolmentsQueryHandler(IApplicationDbContext db, ICurrentUser user, ICursorCodec cursors)
    : IQueryHandler<ListMyEnrolmentsQuery, Page<MyEnrolmentDto>>
{
    private const string ListName = "my-enrolments";

    public async ValueTask<Page<MyEnrolmentDto>> Handle(ListMyEnrolmentsQuery query, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Talent))
        {
            throw new ForbiddenAccessException("Only a talent reads their own enrolments here.");
        }

        var limit = PageLimits.Resolve(query.Limit);
        var after = cursors.DecodeIdPosition(ListName, query.Cursor);
        var mine = db.Talents.OwnedBy(user).Select(t => t.Id);
        var enrolments = db.Enrolments.AsNoTracking().Where(e => mine.Contains(e.TalentId));
        if (after is { } afterGuid)
        {
            var afterId = new EnrolmentId(afterGuid);
            enrolments = enrolments.Where(e => e.Id > afterId);
        }

        var rows = await (
            from e in enrolments.OrderBy(e => e.Id).Take(limit + 1)
            join c in db.TrainingClasses on e.ClassId equals c.Id
            select new { Enrolment = e, Class = c }).ToListAsync(cancellationToken);
        var page = cursors.ToPage(ListName, rows.OrderBy(r => r.Enrolment.Id).ToList(), limit, r => r.Enrolment.Id.Value.ToString("N"));
        return new Page<MyEnrolmentDto>(
            page.Items.Select(r => new MyEnrolmentDto(r.Enrolment.Id.Value, Hours.Of(r.Enrolment.AttendedHours), r.Enrolment.EnrolledAt, TrainingClassDto.Of(r.Class))).ToList(),
            page.NextCursor);
    }
}
