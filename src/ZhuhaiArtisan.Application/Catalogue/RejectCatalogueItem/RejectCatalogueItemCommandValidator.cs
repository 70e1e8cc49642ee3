using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;

namespace ZhuhaiArtisan.Application.Catalogue.RejectCatalogueItem;

public sealed class RejectCatalogueItemCommandValidator : AbstractValidator<RejectCatalogueItemCommand>
{
    public RejectCatalogueItemCommandValidator()
    {
        RuleFor(c => c.Reason).NotNull().MustBeDefined();
        RuleFor(c => c.Note).MaximumLength(CatalogueItem.NoteMaxLength).MustBePrintableText();
        RuleFor(c => c.Note).NotEmpty().When(c => c.Reason == CatalogueRejectionReason.Other)
            .WithMessage("Say what is wrong when the reason is other.");
    }
}
