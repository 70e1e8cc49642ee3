using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;

namespace ZhuhaiArtisan.Application.Talents.ListTalentImportRejectedRows;

public sealed class ListTalentImportRejectedRowsQueryValidator : AbstractValidator<ListTalentImportRejectedRowsQuery>
{
    public ListTalentImportRejectedRowsQueryValidator() => RuleFor(q => q.Limit).MustBeAPageLimit();
}
