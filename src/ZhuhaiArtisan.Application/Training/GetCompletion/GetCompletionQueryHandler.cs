using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Training.Common;
using ZhuhaiArtisan.Domain.Training.Completions;

namespace ZhuhaiArtisan.Application.Training.GetCompletion;

public sealed class GetCompletionQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<GetCompletionQuery, TrainingCompletionDto>
{
    public async ValueTask<TrainingCompletionDto> Handle(GetCompletionQuery query, CancellationToken cancellationToken)
    {
        user.EnsureMayReadTraining();
        var trainingClass = await db.FindVisibleClassAsync(user, query.ClassId, cancellationToken);
        var id = new TrainingCompletionId(query.CompletionId);
        var completion = await db.TrainingCompletions.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.ClassId == trainingClass.Id, cancellationToken)
                         ?? throw NotFoundException.For("training_completion", query.CompletionId);
        return TrainingCompletionDto.Of(completion);
    }
}
