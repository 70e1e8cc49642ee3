using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;

namespace ZhuhaiArtisan.Application.Training.ListMyEnrolments;

public sealed class ListMyEnrolmentsQueryValidator : AbstractValidator<ListMyEnrolmentsQuery>
{
    public ListMyEnrolmentsQueryValidator() => RuleFor(q => q.Limit).MustBeAPageLimit();
}
