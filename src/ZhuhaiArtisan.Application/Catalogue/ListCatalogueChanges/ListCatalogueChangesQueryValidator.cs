using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;

namespace ZhuhaiArtisan.Application.Catalogue.ListCatalogueChanges;

public sealed class ListCatalogueChangesQueryValidator : AbstractValidator<ListCatalogueChangesQuery>
{
    public ListCatalogueChangesQueryValidator() => RuleFor(q => q.Limit).MustBeAPageLimit();
}
