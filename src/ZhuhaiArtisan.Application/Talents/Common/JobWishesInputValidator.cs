using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;
using ZhuhaiArtisan.Domain.ReferenceData.Districts;
using ZhuhaiArtisan.Domain.ReferenceData.Occupations;
using ZhuhaiArtisan.Domain.Talents;

namespace ZhuhaiArtisan.Application.Talents.Common;

public sealed class JobWishesInputValidator : AbstractValidator<JobWishesInput>
{
    /// <summary>A monthly wage above this is a typing error, not a wish.</summary>
    public const decimal MaxMonthlyWage = 1_000_000m;

    public JobWishesInputValidator()
    {
        RuleFor(w => w.Status).MustBeDefined();
        RuleFor(w => w.OccupationCodes).Must(c => c is null || c.Count <= JobWishes.MaxOccupations)
            .WithMessage($"At most {JobWishes.MaxOccupations} occupations.");
        RuleForEach(w => w.OccupationCodes).Must(OccupationCode.IsWellFormed)
            .WithMessage("An occupation code has the form 6-18-02-04.");
        RuleFor(w => w.DistrictCodes).Must(c => c is null || c.Count <= 10).WithMessage("At most 10 districts.");
        RuleForEach(w => w.DistrictCodes).NotEmpty().MaximumLength(District.CodeMaxLength);
        RuleFor(w => w.MonthlyWageMin).InclusiveBetween(0, MaxMonthlyWage).PrecisionScale(9, 2, ignoreTrailingZeros: true);
        RuleFor(w => w.MonthlyWageMax).InclusiveBetween(0, MaxMonthlyWage).PrecisionScale(9, 2, ignoreTrailingZeros: true);
        // A separate rule: a condition on a rule applies to every check before it in the chain.
        RuleFor(w => w.MonthlyWageMax)
            .GreaterThanOrEqualTo(w => w.MonthlyWageMin!.Value).When(w => w.MonthlyWageMin is not null && w.MonthlyWageMax is not null)
            .WithMessage("monthlyWageMax cannot be below monthlyWageMin.");
    }
}
