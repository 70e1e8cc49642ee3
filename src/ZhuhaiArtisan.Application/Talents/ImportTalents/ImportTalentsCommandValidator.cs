using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;
using ZhuhaiArtisan.Domain.Talents.TalentImports;

namespace ZhuhaiArtisan.Application.Talents.ImportTalents;

public sealed class ImportTalentsCommandValidator : AbstractValidator<ImportTalentsCommand>
{
    public ImportTalentsCommandValidator()
    {
        RuleFor(c => c.Format).NotNull().MustBeDefined();
        RuleFor(c => c.Encoding).NotNull().MustBeDefined();
        RuleFor(c => c.Encoding).Equal(TalentImportEncoding.Utf8).When(c => c.Format == TalentImportFormat.Json)
            .WithMessage("JSON is always UTF-8 (RFC 8259); GB18030 is for CSV files.");
        RuleFor(c => c.Content).NotEmpty().OverridePropertyName("file").WithMessage("The file is empty.");
    }
}
