using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;

namespace ZhuhaiArtisan.Application.ReferenceData.ListOccupations;

public sealed class ListOccupationsQueryValidator : AbstractValidator<ListOccupationsQuery>
{
    public const int SearchMaxLength = 64;

    public ListOccupationsQueryValidator()
    {
        RuleFor(q => q.Search).MaximumLength(SearchMaxLength).MustBePrintableText();
        RuleFor(q => q.Cluster).MustBeAClusterCode();
        RuleFor(q => q.Limit).MustBeAPageLimit();
    }
}
