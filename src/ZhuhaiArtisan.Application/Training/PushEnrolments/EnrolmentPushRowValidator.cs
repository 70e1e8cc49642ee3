using FluentValidation;
using ZhuhaiArtisan.Application.Training.Common;

namespace ZhuhaiArtisan.Application.Training.PushEnrolments;

public sealed class EnrolmentPushRowValidator : AbstractValidator<EnrolmentPushRow>
{
    public EnrolmentPushRowValidator()
    {
        RuleFor(r => r.ExternalId).Must(TrainingValidationRules.IsExternalId).WithMessage("externalId: 1–64 printable ASCII characters.");
        RuleFor(r => r.ClassId).NotEqual(Guid.Empty);
        RuleFor(r => r.ClassId).NotNull().When(r => r.ClassExternalId is null).WithMessage("Give classId or classExternalId.");
        RuleFor(r => r.ClassId).Null().When(r => r.ClassExternalId is not null).WithMessage("Give classId or classExternalId, not both.");
        RuleFor(r => r.ClassExternalId).Must(TrainingValidationRules.IsExternalId).When(r => r.ClassExternalId is not null)
            .WithMessage("classExternalId: 1–64 printable ASCII characters.");
        RuleFor(r => r.TalentId).NotEqual(Guid.Empty);
        RuleFor(r => r.TalentId).NotNull().When(r => r.Trainee is null).WithMessage("Give talentId, or the trainee's identity document in trainee.");
        RuleFor(r => r.TalentId).Null().When(r => r.Trainee is not null).WithMessage("Give talentId or trainee, not both.");
        RuleFor(r => r.Trainee!).SetValidator(new TraineeInputValidator()).When(r => r.Trainee is not null);
    }
}
