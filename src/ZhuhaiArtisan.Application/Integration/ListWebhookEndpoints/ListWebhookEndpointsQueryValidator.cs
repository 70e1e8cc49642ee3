using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;

namespace ZhuhaiArtisan.Application.Integration.ListWebhookEndpoints;

public sealed class ListWebhookEndpointsQueryValidator : AbstractValidator<ListWebhookEndpointsQuery>
{
    public ListWebhookEndpointsQueryValidator() => RuleFor(q => q.Limit).MustBeAPageLimit();
}
