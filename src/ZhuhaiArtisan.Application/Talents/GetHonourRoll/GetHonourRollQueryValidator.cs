using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;
using ZhuhaiArtisan.Domain.Talents.Honours;

namespace ZhuhaiArtisan.Application.Talents.GetHonourRoll;

public sealed class GetHonourRollQueryValidator : AbstractValidator<GetHonourRollQuery>
{
    public GetHonourRollQueryValidator()
    {
        RuleFor(q => q.Year).InclusiveBetween(Honour.EarliestYear, 2100);
        RuleFor(q => q.Kind).MustBeDefined()
            .Must(k => k != HonourKind.CompetitionAward).WithMessage("The honour roll lists craftsmen and technical experts.");
        RuleFor(q => q.Limit).MustBeAPageLimit();
    }
}
