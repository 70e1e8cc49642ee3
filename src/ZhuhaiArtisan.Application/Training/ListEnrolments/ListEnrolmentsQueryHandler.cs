using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Training.Common;
using ZhuhaiArtisan.Domain.Training.Enrolments;

namespace ZhuhaiArtisan.Application.Training.ListEnrolments;

public sealed class ListEnrolmentsQueryHandler(IApplicationDbContext db, ICurrentUser user, ICursorCodec cursors)
    : IQueryHandler<ListEnrolmentsQuery, Page<EnrolmentDto>>
{
    private const string ListName = "training-enrolments";

    public async ValueTask<Page<EnrolmentDto>> Handle(ListEnrolmentsQuery query, CancellationToken cancellationToken)
    {
        user.EnsureMayReadTraining();
        var trainingClass = await db.FindVisibleClassAsync(user, query.ClassId, cancellationToken);
        var limit = PageLimits.Resolve(query.Limit);
        var after = cursors.DecodeIdPosition(ListName, query.Cursor);

        var enrolments = db.Enrolments.AsNoTracking().Where(e => e.ClassId == trainingClass.Id);
        if (after is { } afterGuid)
        {
            var afterId = new EnrolmentId(afterGuid);
            enrolments = enrolments.Where(e => e.Id > afterId);
        }

        var rows = await enrolments.WithTalent(db, limit + 1).ToListAsync(cancellationToken);
        return cursors.ToPage(ListName, rows, limit, e => e.Id.ToString("N"));
    }
}
