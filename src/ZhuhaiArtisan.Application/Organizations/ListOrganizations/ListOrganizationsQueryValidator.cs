using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;
using ZhuhaiArtisan.Domain.ReferenceData.Districts;

namespace ZhuhaiArtisan.Application.Organizations.ListOrganizations;

public sealed class ListOrganizationsQueryValidator : AbstractValidator<ListOrganizationsQuery>
{
    public ListOrganizationsQueryValidator()
    {
        RuleFor(q => q.Type).IsInEnum();
        RuleFor(q => q.Label).IsInEnum();
        RuleFor(q => q.District).MaximumLength(District.CodeMaxLength);
        RuleFor(q => q.Cluster).MustBeAClusterCode();
        RuleFor(q => q.Limit).MustBeAPageLimit();
    }
}
