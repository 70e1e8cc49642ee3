using FluentValidation;
using FluentValidation.Results;
using ZhuhaiArtisan.Domain.Talents.IdentityDocuments;

namespace ZhuhaiArtisan.Application.Talents.Common;

public static class IdentityDocumentValidation
{
    /// <summary>Checks a number by its document type's own rule and names what is wrong.</summary>
    public static void MustBeAValidIdentityNumber<T>(this IRuleBuilder<T, string?> rule, Func<T, IdentityDocumentType?> documentType) =>
        rule.Custom((number, context) =>
        {
            if (documentType(context.InstanceToValidate) is not { } type || !Enum.IsDefined(type))
            {
                return;
            }

            var error = IdentityDocumentRules.Validate(type, number);
            if (error == IdentityNumberError.None)
            {
                return;
            }

            context.AddFailure(new ValidationFailure(context.PropertyPath, error switch
            {
                IdentityNumberError.WrongLength => "The number has the wrong length for this document type.",
                IdentityNumberError.IllegalCharacter => "The number contains characters this document type does not use.",
                IdentityNumberError.WrongPrefix => "The number does not start as this document type's numbers do.",
                IdentityNumberError.InvalidBirthDate => "Characters 7–14 are not a valid birth date.",
                _ => "The check character does not match (GB 11643 / ISO 7064 MOD 11-2).",
            })
            {
                ErrorCode = error == IdentityNumberError.WrongCheckCharacter ? "talent.identity_check_character_mismatch" : "talent.malformed_identity_number",
            });
        });
}
