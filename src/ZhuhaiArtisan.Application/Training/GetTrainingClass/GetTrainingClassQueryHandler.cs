using Mediator;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Training.Common;

namespace ZhuhaiArtisan.Application.Training.GetTrainingClass;

public sealed class GetTrainingClassQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<GetTrainingClassQuery, TrainingClassDto>
{
    public async ValueTask<TrainingClassDto> Handle(GetTrainingClassQuery query, CancellationToken cancellationToken)
    {
        user.EnsureMayReadTraining();
        return TrainingClassDto.Of(await db.FindVisibleClassAsync(user, query.Id, cancellationToken));
    }
}
