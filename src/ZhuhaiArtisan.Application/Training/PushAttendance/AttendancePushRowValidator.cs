using FluentValidation;
using ZhuhaiArtisan.Application.Training.Common;

namespace ZhuhaiArtisan.Application.Training.PushAttendance;

public sealed class AttendancePushRowValidator : AbstractValidator<AttendancePushRow>
{
    public AttendancePushRowValidator()
    {
        RuleFor(r => r.ExternalId).Must(TrainingValidationRules.IsExternalId).WithMessage("externalId: 1–64 printable ASCII characters.");
        RuleFor(r => r.EnrolmentId).NotEqual(Guid.Empty);
        RuleFor(r => r.EnrolmentId).NotNull().When(r => r.EnrolmentExternalId is null).WithMessage("Give enrolmentId or enrolmentExternalId.");
        RuleFor(r => r.EnrolmentId).Null().When(r => r.EnrolmentExternalId is not null).WithMessage("Give enrolmentId or enrolmentExternalId, not both.");
        RuleFor(r => r.EnrolmentExternalId).Must(TrainingValidationRules.IsExternalId).When(r => r.EnrolmentExternalId is not null)
            .WithMessage("enrolmentExternalId: 1–64 printable ASCII characters.");
        RuleFor(r => r.SessionDate).NotNull();
        RuleFor(r => r.Hours).NotNull().MustBeSessionHours();
    }
}
