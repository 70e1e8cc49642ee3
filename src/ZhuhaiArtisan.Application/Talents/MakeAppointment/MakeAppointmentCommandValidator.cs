using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;
using ZhuhaiArtisan.Domain.ReferenceData.Occupations;
using ZhuhaiArtisan.Domain.ReferenceData.SkillLevels;
using ZhuhaiArtisan.Domain.Talents.Appointments;

namespace ZhuhaiArtisan.Application.Talents.MakeAppointment;

public sealed class MakeAppointmentCommandValidator : AbstractValidator<MakeAppointmentCommand>
{
    public MakeAppointmentCommandValidator()
    {
        RuleFor(c => c.SkillLevel).NotEmpty().Must(code => SkillLevel.FindByCode(code) is not null)
            .WithMessage($"One of: {string.Join(", ", SkillLevel.All.Select(l => l.Code))}.");
        RuleFor(c => c.OccupationCode).NotEmpty().Must(OccupationCode.IsWellFormed)
            .WithMessage("An occupation code has the form 6-18-02-04.");
        RuleFor(c => c.AppointingBody).NotEmpty().MaximumLength(Appointment.AppointingBodyMaxLength).MustBePrintableText();
        RuleFor(c => c.From).NotNull();
    }
}
