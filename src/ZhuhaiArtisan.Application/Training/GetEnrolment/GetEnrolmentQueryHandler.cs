using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Training.Common;
using ZhuhaiArtisan.Domain.Training.Enrolments;

namespace ZhuhaiArtisan.Application.Training.GetEnrolment;

public sealed class GetEnrolmentQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<GetEnrolmentQuery, EnrolmentDto>
{
    public async ValueTask<EnrolmentDto> Handle(GetEnrolmentQuery query, CancellationToken cancellationToken)
    {
        user.EnsureMayReadTraining();
        var trainingClass = await db.FindVisibleClassAsync(user, query.ClassId, cancellationToken);
        var id = new EnrolmentId(query.EnrolmentId);
        return await db.Enrolments.AsNoTracking().Where(e => e.Id == id && e.ClassId == trainingClass.Id).WithTalent(db).SingleOrDefaultAsync(cancellationToken)
               ?? throw NotFoundException.For("enrolment", query.EnrolmentId);
    }
}
