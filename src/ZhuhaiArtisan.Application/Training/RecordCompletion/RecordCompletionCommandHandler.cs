using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Training.Common;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Training.Completions;

namespace ZhuhaiArtisan.Application.Training.RecordCompletion;

public sealed class RecordCompletionCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RecordCompletionCommand, TrainingCompletionDto>
{
    public async ValueTask<TrainingCompletionDto> Handle(RecordCompletionCommand command, CancellationToken cancellationToken)
    {
        user.EnsureMayRecordTraining("records completions");
        var trainingClass = await db.FindVisibleClassAsync(user, command.ClassId, cancellationToken);
        var talentId = new TalentId(command.TalentId!.Value);
        if (!await db.Talents.AnyAsync(t => t.Id == talentId, cancellationToken))
        {
            throw NotFoundException.For("talent", command.TalentId.Value);
        }

        if (await db.TrainingCompletions.AnyAsync(c => c.ClassId == trainingClass.Id && c.TalentId == talentId, cancellationToken))
        {
            throw new ConflictException("training.completion_already_recorded", "A completion of this talent in this class is already recorded; correct it instead.");
        }

        var (enrolment, certificate, certificateId) = await db.CompletionEvidenceAsync(trainingClass.Id, talentId, command.CertificateId, cancellationToken);
        var completion = TrainingCompletion.Record(
            TrainingCompletionId.New(), trainingClass, talentId, enrolment, command.Result!.Value, certificate, certificateId,
            command.CompletedOn!.Value, user.PartnerOf(), clock.GetUtcNow());
        db.TrainingCompletions.Add(completion);
        await db.SaveChangesAsync(cancellationToken);
        return TrainingCompletionDto.Of(completion);
    }
}
