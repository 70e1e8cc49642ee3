using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Concurrency;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Training.Common;

namespace ZhuhaiArtisan.Application.Training.RecordAttendance;

public sealed class RecordAttendanceCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RecordAttendanceCommand, EnrolmentDto>
{
    public async ValueTask<EnrolmentDto> Handle(RecordAttendanceCommand command, CancellationToken cancellationToken)
    {
        user.EnsureMayRecordTraining("records attendance");
        var trainingClass = await db.FindVisibleClassAsync(user, command.ClassId, cancellationToken);
        var enrolment = await db.FindEnrolmentAsync(trainingClass.Id, command.EnrolmentId, cancellationToken);
        ExpectedVersion.EnsureMatches(enrolment, command.IfMatch);

        var existing = await db.AttendanceRecords.SingleOrDefaultAsync(a => a.EnrolmentId == enrolment.Id && a.SessionDate == command.SessionDate, cancellationToken);
        var added = enrolment.RecordAttendance(trainingClass, existing, command.SessionDate, command.Hours!.Value, clock.GetUtcNow());
        if (added is not null)
        {
            db.AttendanceRecords.Add(added);
        }

        await db.SaveChangesAsync(cancellationToken);
        return await db.Enrolments.AsNoTracking().Where(e => e.Id == enrolment.Id).WithTalent(db).SingleAsync(cancellationToken);
    }
}
