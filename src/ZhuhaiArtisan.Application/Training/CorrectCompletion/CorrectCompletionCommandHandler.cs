using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Concurrency;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Training.Common;
using ZhuhaiArtisan.Domain.Training.Completions;

namespace ZhuhaiArtisan.Application.Training.CorrectCompletion;

public sealed class CorrectCompletionCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CorrectCompletionCommand, TrainingCompletionDto>
{
    public async ValueTask<TrainingCompletionDto> Handle(CorrectCompletionCommand command, CancellationToken cancellationToken)
    {
        user.EnsureMayRecordTraining("corrects completions");
        var trainingClass = await db.FindVisibleClassAsync(user, command.ClassId, cancellationToken);
        var id = new TrainingCompletionId(command.CompletionId);
        var completion = await db.TrainingCompletions.SingleOrDefaultAsync(c => c.Id == id && c.ClassId == trainingClass.Id, cancellationToken)
                         ?? throw NotFoundException.For("training_completion", command.CompletionId);
        ExpectedVersion.EnsureMatches(completion, command.IfMatch);

        var (enrolment, certificate, certificateId) = await db.CompletionEvidenceAsync(trainingClass.Id, completion.TalentId, command.CertificateId, cancellationToken);
        completion.Correct(trainingClass, enrolment, command.Result!.Value, certificate, certificateId, command.CompletedOn!.Value, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TrainingCompletionDto.Of(completion);
    }
}
