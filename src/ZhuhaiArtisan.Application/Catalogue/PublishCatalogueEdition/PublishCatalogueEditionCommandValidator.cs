using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueEditions;

namespace ZhuhaiArtisan.Application.Catalogue.PublishCatalogueEdition;

public sealed class PublishCatalogueEditionCommandValidator : AbstractValidator<PublishCatalogueEditionCommand>
{
    public PublishCatalogueEditionCommandValidator() =>
        RuleFor(c => c.Title).NotEmpty().MaximumLength(CatalogueEdition.TitleMaxLength).MustBePrintableText();
}
