using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;
using ZhuhaiArtisan.Domain.Access.PartnerClients;

namespace ZhuhaiArtisan.Application.Access.RegisterPartnerClient;

public sealed class RegisterPartnerClientCommandValidator : AbstractValidator<RegisterPartnerClientCommand>
{
    public RegisterPartnerClientCommandValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(PartnerClient.CodeMaxLength)
            .Matches("^[a-z0-9]+(-[a-z0-9]+)*$").WithMessage("Lower-case letters, digits and single hyphens.");
        RuleFor(c => c.Name).NotEmpty().MaximumLength(PartnerClient.NameMaxLength).MustBePrintableText();
    }
}
