using FluentValidation;
using ZhuhaiArtisan.Application.Catalogue.Common;

namespace ZhuhaiArtisan.Application.Catalogue.DraftCatalogueItem;

public sealed class DraftCatalogueItemCommandValidator : AbstractValidator<DraftCatalogueItemCommand>
{
    public DraftCatalogueItemCommandValidator(TimeProvider clock) => Include(new CatalogueItemInputValidator(clock));
}
