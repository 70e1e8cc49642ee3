using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;

namespace ZhuhaiArtisan.Application.Training.ListEnrolments;

public sealed class ListEnrolmentsQueryValidator : AbstractValidator<ListEnrolmentsQuery>
{
    public ListEnrolmentsQueryValidator() => RuleFor(q => q.Limit).MustBeAPageLimit();
}
