using FluentValidation;
using ZhuhaiArtisan.Application.Training.Common;

namespace ZhuhaiArtisan.Application.Training.PushEnrolments;

public sealed class EnrolmentPushRowValidator : AbstractValidator<EnrolmentPushRow>
{
    public EnrolmentPushRowValidator()
    {
        this.RuleForExternalId(r => r.ExternalId);
        this.RuleForReference(r => r.ClassId, r => r.ClassExternalId, "classId", "classExternalId");
        this.RuleForTrainee(r => r.TalentId, r => r.Trainee);
    }
}
