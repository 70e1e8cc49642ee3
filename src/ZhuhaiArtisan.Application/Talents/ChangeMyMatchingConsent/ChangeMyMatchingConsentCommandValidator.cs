using FluentValidation;

namespace ZhuhaiArtisan.Application.Talents.ChangeMyMatchingConsent;

public sealed class ChangeMyMatchingConsentCommandValidator : AbstractValidator<ChangeMyMatchingConsentCommand>
{
    public ChangeMyMatchingConsentCommandValidator() => RuleFor(c => c.ConsentsToMatching).NotNull();
}
