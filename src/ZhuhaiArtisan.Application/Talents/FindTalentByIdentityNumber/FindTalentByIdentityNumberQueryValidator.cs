using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;
using ZhuhaiArtisan.Application.Talents.Common;

namespace ZhuhaiArtisan.Application.Talents.FindTalentByIdentityNumber;

public sealed class FindTalentByIdentityNumberQueryValidator : AbstractValidator<FindTalentByIdentityNumberQuery>
{
    public FindTalentByIdentityNumberQueryValidator()
    {
        RuleFor(q => q.DocumentType).NotNull().MustBeDefined();
        RuleFor(q => q.IdentityNumber).NotEmpty().MaximumLength(32).MustBeAValidIdentityNumber(q => q.DocumentType);
    }
}
