using FluentValidation;
using ZhuhaiArtisan.Application.Catalogue.Common;
using ZhuhaiArtisan.Application.Common.Validation;

namespace ZhuhaiArtisan.Application.Catalogue.ExportCatalogueEdition;

public sealed class ExportCatalogueEditionQueryValidator : AbstractValidator<ExportCatalogueEditionQuery>
{
    public ExportCatalogueEditionQueryValidator()
    {
        RuleFor(q => q.Number).GreaterThanOrEqualTo(1);
        RuleFor(q => q.Format).NotNull().MustBeDefined();
        RuleFor(q => q.Encoding).MustBeDefined()
            .Must(e => e is null or CatalogueExportEncoding.Utf8).When(q => q.Format == CatalogueExportFormat.Xlsx)
            .WithMessage("An XLSX file is always UTF-8 inside; an encoding is for CSV only.");
    }
}
