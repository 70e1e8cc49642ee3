using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Training.Common;
using ZhuhaiArtisan.Domain.Training.Enrolments;

namespace ZhuhaiArtisan.Application.Training.ListAttendance;

public sealed class ListAttendanceQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<ListAttendanceQuery, ItemList<AttendanceDto>>
{
    public async ValueTask<ItemList<AttendanceDto>> Handle(ListAttendanceQuery query, CancellationToken cancellationToken)
    {
        user.EnsureMayReadTraining();
        var trainingClass = await db.FindVisibleClassAsync(user, query.ClassId, cancellationToken);
        var id = new EnrolmentId(query.EnrolmentId);
        if (!await db.Enrolments.AnyAsync(e => e.Id == id && e.ClassId == trainingClass.Id, cancellationToken))
        {
            throw NotFoundException.For("enrolment", query.EnrolmentId);
        }

        var records = await db.AttendanceRecords.AsNoTracking().Where(a => a.EnrolmentId == id).OrderBy(a => a.SessionDate).ToListAsync(cancellationToken);
        return new ItemList<AttendanceDto>(records.Select(AttendanceDto.Of).ToList());
    }
}
