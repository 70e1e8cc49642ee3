using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;
using ZhuhaiArtisan.Domain.Talents.Honours;

namespace ZhuhaiArtisan.Application.Talents.ConferHonour;

public sealed class ConferHonourCommandValidator : AbstractValidator<ConferHonourCommand>
{
    public ConferHonourCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.Kind).NotNull().MustBeDefined();
        RuleFor(c => c.Year).NotNull().InclusiveBetween(Honour.EarliestYear, clock.GetUtcNow().Year + 1);
        RuleFor(c => c.ConferringBody).NotEmpty().MaximumLength(Honour.ConferringBodyMaxLength).MustBePrintableText();
        RuleFor(c => c.CompetitionEvent).MaximumLength(Honour.EventMaxLength).MustBePrintableText();
        RuleFor(c => c.CompetitionRank).MaximumLength(Honour.RankMaxLength).MustBePrintableText();
        RuleFor(c => c.Coach).MaximumLength(Honour.CoachMaxLength).MustBePrintableText();
    }
}
