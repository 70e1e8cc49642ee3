using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;

namespace ZhuhaiArtisan.Application.Catalogue.ListCatalogueEditions;

public sealed class ListCatalogueEditionsQueryValidator : AbstractValidator<ListCatalogueEditionsQuery>
{
    public ListCatalogueEditionsQueryValidator() => RuleFor(q => q.Limit).MustBeAPageLimit();
}
