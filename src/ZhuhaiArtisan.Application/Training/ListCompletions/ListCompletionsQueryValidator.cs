using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;

namespace ZhuhaiArtisan.Application.Training.ListCompletions;

public sealed class ListCompletionsQueryValidator : AbstractValidator<ListCompletionsQuery>
{
    public ListCompletionsQueryValidator()
    {
        RuleFor(q => q.Status).MustBeDefined();
        RuleFor(q => q.Limit).MustBeAPageLimit();
    }
}
