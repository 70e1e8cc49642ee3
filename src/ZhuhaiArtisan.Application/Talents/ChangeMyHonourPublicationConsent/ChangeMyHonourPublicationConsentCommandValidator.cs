using FluentValidation;

namespace ZhuhaiArtisan.Application.Talents.ChangeMyHonourPublicationConsent;

public sealed class ChangeMyHonourPublicationConsentCommandValidator : AbstractValidator<ChangeMyHonourPublicationConsentCommand>
{
    public ChangeMyHonourPublicationConsentCommandValidator() => RuleFor(c => c.PublicationConsented).NotNull();
}
