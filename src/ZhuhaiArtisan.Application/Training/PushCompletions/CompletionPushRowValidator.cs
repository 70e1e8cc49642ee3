using FluentValidation;
using ZhuhaiArtisan.Application.Training.Common;

namespace ZhuhaiArtisan.Application.Training.PushCompletions;

public sealed class CompletionPushRowValidator : AbstractValidator<CompletionPushRow>
{
    public CompletionPushRowValidator()
    {
        this.RuleForExternalId(r => r.ExternalId);
        this.RuleForReference(r => r.ClassId, r => r.ClassExternalId, "classId", "classExternalId");
        this.RuleForTrainee(r => r.TalentId, r => r.Trainee);
        Include(new CompletionInputValidator());
    }
}
