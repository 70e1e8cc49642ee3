using FluentValidation;
using ZhuhaiArtisan.Application.Training.Common;

namespace ZhuhaiArtisan.Application.Training.PushAttendance;

public sealed class PushAttendanceCommandValidator : AbstractValidator<PushAttendanceCommand>
{
    public PushAttendanceCommandValidator()
    {
        RuleFor(c => c.Rows).NotEmpty().WithMessage($"1 to {PartnerPushLimits.MaxRows} rows per push.");
        RuleFor(c => c.Rows).Must(rows => rows!.Count <= PartnerPushLimits.MaxRows).When(c => c.Rows is not null)
            .WithMessage($"1 to {PartnerPushLimits.MaxRows} rows per push.");
    }
}
