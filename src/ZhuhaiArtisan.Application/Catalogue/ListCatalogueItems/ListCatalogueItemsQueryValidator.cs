using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;
using ZhuhaiArtisan.Domain.ReferenceData.Occupations;

namespace ZhuhaiArtisan.Application.Catalogue.ListCatalogueItems;

public sealed class ListCatalogueItemsQueryValidator : AbstractValidator<ListCatalogueItemsQuery>
{
    public ListCatalogueItemsQueryValidator()
    {
        RuleFor(q => q.Status).MustBeDefined();
        RuleFor(q => q.Occupation).Must(code => code is null || OccupationCode.IsWellFormed(code))
            .WithMessage("An occupation code has the form 6-18-02-04.");
        RuleFor(q => q.Limit).MustBeAPageLimit();
    }
}
