using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;
using ZhuhaiArtisan.Application.Talents.Common;
using ZhuhaiArtisan.Domain.ReferenceData.Districts;
using ZhuhaiArtisan.Domain.Talents;

namespace ZhuhaiArtisan.Application.Talents.CorrectMyTalentData;

public sealed class CorrectMyTalentDataCommandValidator : AbstractValidator<CorrectMyTalentDataCommand>
{
    public CorrectMyTalentDataCommandValidator()
    {
        RuleFor(c => c.Name).MustBeAPersonName();
        RuleFor(c => c.Phone).MustBeAMobileNumber();
        RuleFor(c => c.ResidenceDistrictCode).NotEmpty().MaximumLength(District.CodeMaxLength);
        RuleFor(c => c.Origin).NotNull().MustBeDefined();
        RuleFor(c => c.Major).MaximumLength(Talent.MajorMaxLength).MustBePrintableText();
        RuleFor(c => c.Wishes!).SetValidator(new JobWishesInputValidator()).When(c => c.Wishes is not null);
    }
}
