using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;
using ZhuhaiArtisan.Application.Talents.Common;
using ZhuhaiArtisan.Domain.ReferenceData.Districts;
using ZhuhaiArtisan.Domain.Talents;

namespace ZhuhaiArtisan.Application.Talents.RegisterTalent;

public sealed class RegisterTalentCommandValidator : AbstractValidator<RegisterTalentCommand>
{
    public RegisterTalentCommandValidator()
    {
        RuleFor(c => c.Name).MustBeAPersonName();
        RuleFor(c => c.DocumentType).NotNull().MustBeDefined();
        RuleFor(c => c.IdentityNumber).NotEmpty().MaximumLength(32).MustBeAValidIdentityNumber(c => c.DocumentType);
        RuleFor(c => c.Phone).MustBeAMobileNumber();
        RuleFor(c => c.ResidenceDistrictCode).NotEmpty().MaximumLength(District.CodeMaxLength);
        RuleFor(c => c.Origin).NotNull().MustBeDefined();
        RuleFor(c => c.Major).MaximumLength(Talent.MajorMaxLength).MustBePrintableText();
        RuleFor(c => c.Major).NotEmpty().When(c => c.SchoolId is not null || c.GraduationDate is not null)
            .WithMessage("A student's major is required.");
        RuleFor(c => c.Wishes!).SetValidator(new JobWishesInputValidator()).When(c => c.Wishes is not null);
    }
}
