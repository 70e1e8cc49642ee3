using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;

namespace ZhuhaiArtisan.Application.Integration.ListWebhookDeliveries;

public sealed class ListWebhookDeliveriesQueryValidator : AbstractValidator<ListWebhookDeliveriesQuery>
{
    public ListWebhookDeliveriesQueryValidator()
    {
        RuleFor(q => q.Status).MustBeDefined();
        RuleFor(q => q.Limit).MustBeAPageLimit();
    }
}
