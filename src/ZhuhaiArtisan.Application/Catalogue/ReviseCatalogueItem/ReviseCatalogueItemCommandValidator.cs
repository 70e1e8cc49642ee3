using FluentValidation;
using ZhuhaiArtisan.Application.Catalogue.Common;

namespace ZhuhaiArtisan.Application.Catalogue.ReviseCatalogueItem;

public sealed class ReviseCatalogueItemCommandValidator : AbstractValidator<ReviseCatalogueItemCommand>
{
    public ReviseCatalogueItemCommandValidator(TimeProvider clock) => Include(new CatalogueItemInputValidator(clock));
}
