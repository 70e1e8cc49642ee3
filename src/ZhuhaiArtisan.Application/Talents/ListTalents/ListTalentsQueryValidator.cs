using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;
using ZhuhaiArtisan.Domain.ReferenceData.Districts;

namespace ZhuhaiArtisan.Application.Talents.ListTalents;

public sealed class ListTalentsQueryValidator : AbstractValidator<ListTalentsQuery>
{
    public ListTalentsQueryValidator()
    {
        RuleFor(q => q.District).MaximumLength(District.CodeMaxLength);
        RuleFor(q => q.Origin).MustBeDefined();
        RuleFor(q => q.JobSeeking).MustBeDefined();
        RuleFor(q => q.Limit).MustBeAPageLimit();
    }
}
