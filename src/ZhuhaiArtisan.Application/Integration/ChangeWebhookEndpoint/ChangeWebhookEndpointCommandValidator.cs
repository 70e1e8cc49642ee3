using FluentValidation;
using ZhuhaiArtisan.Application.Integration.Common;

namespace ZhuhaiArtisan.Application.Integration.ChangeWebhookEndpoint;

public sealed class ChangeWebhookEndpointCommandValidator : AbstractValidator<ChangeWebhookEndpointCommand>
{
    public ChangeWebhookEndpointCommandValidator()
    {
        RuleFor(c => c.Url).MustBeAWebhookUrl();
        RuleFor(c => c.EventTypes).MustBeEventTypes();
        RuleFor(c => c.Description).MustBeADescription();
    }
}
