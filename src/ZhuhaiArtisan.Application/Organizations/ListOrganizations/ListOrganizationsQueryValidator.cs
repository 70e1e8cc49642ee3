using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;
using ZhuhaiArtisan.Domain.ReferenceData.Districts;

namespace ZhuhaiArtisan.Application.Organizations.ListOrganizations;

public sealed class ListOrganizationsQueryValidator : AbstractValidator<ListOrganizationsQuery>
{
    public ListOrganizationsQueryValidator()
    {
        RuleFor(q => q.Type).MustBeDefined();
        RuleFor(q => q.Label).MustBeDefined();
        RuleFor(q => q.District).MaximumLength(District.CodeMaxLength);
        RuleFor(q => q.Cluster).MustBeAClusterCode();
        RuleFor(q => q.Limit).MustBeAPageLimit();
    }
}
