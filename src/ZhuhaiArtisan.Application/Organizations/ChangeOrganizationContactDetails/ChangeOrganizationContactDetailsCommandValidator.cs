using FluentValidation;
using ZhuhaiArtisan.Application.Organizations.Common;

namespace ZhuhaiArtisan.Application.Organizations.ChangeOrganizationContactDetails;

public sealed class ChangeOrganizationContactDetailsCommandValidator : AbstractValidator<ChangeOrganizationContactDetailsCommand>
{
    public ChangeOrganizationContactDetailsCommandValidator() =>
        RuleFor(c => c.Contact).NotNull().SetValidator(new ContactDetailsInputValidator()!)
            .OverridePropertyName(string.Empty);
}
