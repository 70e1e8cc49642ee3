using FluentValidation;
using ZhuhaiArtisan.Domain.Talents;

namespace ZhuhaiArtisan.Application.Talents.Common;

public static class TalentValidationRules
{
    public static IRuleBuilderOptions<T, string?> MustBeAPersonName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(PersonName.MaxLength)
            .Must(PersonName.IsValid).WithErrorCode("talent.malformed_name")
            .WithMessage("A name is letters of any script, with the · of minority and foreign names (and spaces, hyphens, apostrophes or full stops); no digits, no leading or trailing spaces.");

    public static IRuleBuilderOptions<T, string?> MustBeAMobileNumber<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().Matches(@"^(1[3-9]\d{9}|\+?852\d{8}|\+?853\d{8})$")
            .WithErrorCode("validation.malformed_phone")
            .WithMessage("A mainland mobile number (11 digits starting 13–19), or a Hong Kong (+852) or Macao (+853) number.");
}
