using FluentValidation;
using ZhuhaiArtisan.Application.Common.Time;
using ZhuhaiArtisan.Application.Common.Validation;
using ZhuhaiArtisan.Domain.ReferenceData.Occupations;
using ZhuhaiArtisan.Domain.ReferenceData.SkillLevels;
using ZhuhaiArtisan.Domain.Talents.SkillCertificates;

namespace ZhuhaiArtisan.Application.Talents.RecordSkillCertificate;

public sealed class RecordSkillCertificateCommandValidator : AbstractValidator<RecordSkillCertificateCommand>
{
    public RecordSkillCertificateCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.OccupationCode).NotEmpty().Must(OccupationCode.IsWellFormed)
            .WithMessage("An occupation code has the form 6-18-02-04.");
        RuleFor(c => c.SkillLevel).NotEmpty().Must(code => SkillLevel.FindByCode(code) is not null)
            .WithMessage($"One of: {string.Join(", ", SkillLevel.All.Select(l => l.Code))}.");
        RuleFor(c => c.CertificateNumber).NotEmpty().MaximumLength(SkillCertificate.CertificateNumberMaxLength)
            .Matches("^[0-9A-Za-z-]+$").WithMessage("Letters, digits and hyphens.");
        RuleFor(c => c.IssuingBody).NotEmpty().MaximumLength(SkillCertificate.IssuingBodyMaxLength).MustBePrintableText();
        RuleFor(c => c.IssuedOn).NotNull()
            // An issue date is a calendar date in Zhuhai, so "today" is Zhuhai's, not UTC's.
            .Must(d => d is null || (d.Value.Year >= 1990 && d.Value <= clock.TodayInChina()))
            .WithMessage("issuedOn must be a date between 1990 and today.");
        RuleFor(c => c.Route).NotNull().MustBeDefined();
    }
}
