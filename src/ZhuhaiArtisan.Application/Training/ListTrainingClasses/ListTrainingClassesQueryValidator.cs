using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;

namespace ZhuhaiArtisan.Application.Training.ListTrainingClasses;

public sealed class ListTrainingClassesQueryValidator : AbstractValidator<ListTrainingClassesQuery>
{
    public ListTrainingClassesQueryValidator() => RuleFor(q => q.Limit).MustBeAPageLimit();
}
