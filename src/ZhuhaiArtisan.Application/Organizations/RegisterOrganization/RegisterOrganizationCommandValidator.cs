using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;
using ZhuhaiArtisan.Application.Organizations.Common;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.ReferenceData.Districts;
using ZhuhaiArtisan.Domain.ReferenceData.IndustryClusters;

namespace ZhuhaiArtisan.Application.Organizations.RegisterOrganization;

public sealed class RegisterOrganizationCommandValidator : AbstractValidator<RegisterOrganizationCommand>
{
    public RegisterOrganizationCommandValidator()
    {
        RuleFor(c => c.CreditCode).MustBeAUnifiedSocialCreditCode();
        RuleFor(c => c.Name).NotEmpty().MaximumLength(Organization.NameMaxLength).MustBePrintableText();
        RuleFor(c => c.Type).NotNull().MustBeDefined();
        RuleFor(c => c.DistrictCode).NotEmpty().MaximumLength(District.CodeMaxLength);
        RuleFor(c => c.Clusters).Must(c => c is null || c.Count <= IndustryCluster.All.Count)
            .WithMessage($"At most {IndustryCluster.All.Count} clusters.");
        RuleForEach(c => c.Clusters).MustBeAClusterCode();
        RuleFor(c => c.Contact).NotNull().SetValidator(new ContactDetailsInputValidator()!);
    }
}
