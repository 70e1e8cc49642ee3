using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;
using ZhuhaiArtisan.Domain.Access.PartnerClients;

namespace ZhuhaiArtisan.Application.Access.IssuePartnerApiKey;

public sealed class IssuePartnerApiKeyCommandValidator : AbstractValidator<IssuePartnerApiKeyCommand>
{
    public IssuePartnerApiKeyCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(PartnerApiKey.NameMaxLength).MustBePrintableText();
        RuleFor(c => c.ExpiresAt).Must(e => e is null || e > clock.GetUtcNow())
            .WithMessage("expiresAt must be in the future.");
    }
}
