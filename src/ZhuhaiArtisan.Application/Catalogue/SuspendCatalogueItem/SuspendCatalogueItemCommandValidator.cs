using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;

namespace ZhuhaiArtisan.Application.Catalogue.SuspendCatalogueItem;

public sealed class SuspendCatalogueItemCommandValidator : AbstractValidator<SuspendCatalogueItemCommand>
{
    public SuspendCatalogueItemCommandValidator() =>
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(CatalogueItem.NoteMaxLength).MustBePrintableText();
}
