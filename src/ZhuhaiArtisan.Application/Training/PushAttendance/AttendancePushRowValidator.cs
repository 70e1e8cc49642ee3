using FluentValidation;
using ZhuhaiArtisan.Application.Training.Common;

namespace ZhuhaiArtisan.Application.Training.PushAttendance;

public sealed class AttendancePushRowValidator : AbstractValidator<AttendancePushRow>
{
    public AttendancePushRowValidator()
    {
        this.RuleForExternalId(r => r.ExternalId);
        this.RuleForReference(r => r.EnrolmentId, r => r.EnrolmentExternalId, "enrolmentId", "enrolmentExternalId");
        RuleFor(r => r.SessionDate).NotNull();
        RuleFor(r => r.Hours).NotNull().MustBeSessionHours();
    }
}
