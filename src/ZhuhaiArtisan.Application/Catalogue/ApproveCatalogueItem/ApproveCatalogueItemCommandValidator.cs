using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;

namespace ZhuhaiArtisan.Application.Catalogue.ApproveCatalogueItem;

public sealed class ApproveCatalogueItemCommandValidator : AbstractValidator<ApproveCatalogueItemCommand>
{
    public ApproveCatalogueItemCommandValidator()
    {
        RuleFor(c => c.SubsidyPerPerson).NotNull().MustBeAnAmountOfMoney(CatalogueItem.MaxAmount);
        RuleFor(c => c.SubsidyBasis).NotEmpty().MaximumLength(CatalogueItem.SubsidyBasisMaxLength).MustBePrintableText();
    }
}
