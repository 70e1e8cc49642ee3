using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;
using ZhuhaiArtisan.Domain.Organizations;

namespace ZhuhaiArtisan.Application.Organizations.Common;

public sealed class ContactDetailsInputValidator : AbstractValidator<ContactDetailsInput>
{
    public ContactDetailsInputValidator()
    {
        RuleFor(c => c.ContactName).NotEmpty().MaximumLength(ContactDetails.ContactNameMaxLength).MustBePrintableText();
        RuleFor(c => c.ContactPhone).NotEmpty().MaximumLength(ContactDetails.ContactPhoneMaxLength)
            .Matches(@"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$")
            .WithErrorCode("validation.malformed_phone")
            .WithMessage("A mobile number (11 digits starting 13–19) or a landline with its area code (0756-1234567).");
        RuleFor(c => c.ContactEmail).MaximumLength(ContactDetails.ContactEmailMaxLength).EmailAddress();
        RuleFor(c => c.Address).NotEmpty().MaximumLength(ContactDetails.AddressMaxLength).MustBePrintableText();
    }
}
