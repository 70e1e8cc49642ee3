using FluentValidation;
using ZhuhaiArtisan.Domain.Organizations;

namespace ZhuhaiArtisan.Application.Organizations.Common;

public static class CreditCodeValidation
{
    public static void MustBeAUnifiedSocialCreditCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Custom((value, context) =>
        {
            var error = UnifiedSocialCreditCode.Validate(value);
            if (error == UnifiedSocialCreditCodeError.None)
            {
                return;
            }

            context.AddFailure(new FluentValidation.Results.ValidationFailure(context.PropertyPath, error switch
            {
                UnifiedSocialCreditCodeError.WrongLength => "A unified social credit code has exactly 18 characters.",
                UnifiedSocialCreditCodeError.IllegalCharacter => "Only digits and the capitals of GB 32100 (no I, O, Z, S, V) are allowed; characters 3–8 are digits.",
                _ => "The check character (18th) does not match GB 32100.",
            })
            {
                ErrorCode = error == UnifiedSocialCreditCodeError.WrongCheckCharacter
                    ? "organization.uscc_check_character_mismatch"
                    : "organization.malformed_uscc",
            });
        });
}
