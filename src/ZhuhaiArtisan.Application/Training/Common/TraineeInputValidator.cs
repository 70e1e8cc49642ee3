using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;
using ZhuhaiArtisan.Application.Talents.Common;
using ZhuhaiArtisan.Domain.ReferenceData.Districts;

namespace ZhuhaiArtisan.Application.Training.Common;

/// <summary>The identity document is always checked; the rest only when given (it is needed only to register a new talent).</summary>
public sealed class TraineeInputValidator : AbstractValidator<TraineeInput>
{
    public TraineeInputValidator()
    {
        RuleFor(t => t.DocumentType).NotNull().MustBeDefined();
        RuleFor(t => t.IdentityNumber).NotEmpty().MaximumLength(32).MustBeAValidIdentityNumber(t => t.DocumentType);
        RuleFor(t => t.Name).MustBeAPersonName().When(t => t.Name is not null);
        RuleFor(t => t.Phone).MustBeAMobileNumber().When(t => t.Phone is not null);
        RuleFor(t => t.ResidenceDistrictCode).MaximumLength(District.CodeMaxLength).MustBePrintableText();
        RuleFor(t => t.Origin).MustBeDefined();
    }
}
