using FluentValidation;
using ZhuhaiArtisan.Application.Integration.Common;

namespace ZhuhaiArtisan.Application.Integration.RegisterWebhookEndpoint;

public sealed class RegisterWebhookEndpointCommandValidator : AbstractValidator<RegisterWebhookEndpointCommand>
{
    public RegisterWebhookEndpointCommandValidator()
    {
        RuleFor(c => c.Url).MustBeAWebhookUrl();
        RuleFor(c => c.EventTypes).MustBeEventTypes();
        RuleFor(c => c.Description).MustBeADescription();
    }
}
