using FluentValidation;

namespace ZhuhaiArtisan.Application.Organizations.ChangeOrganizationLabels;

public sealed class ChangeOrganizationLabelsCommandValidator : AbstractValidator<ChangeOrganizationLabelsCommand>
{
    public ChangeOrganizationLabelsCommandValidator()
    {
        RuleFor(c => c.IsKeyIndustryEnterprise).NotNull();
        RuleFor(c => c.IsKeyIndustryInnovationEmployer).NotNull();
        RuleFor(c => c.IsIndustryEducationIntegrationEnterprise).NotNull();
        RuleFor(c => c.IsPrivateInstitution).NotNull();
        RuleFor(c => c.TrainingQualification!.ValidUntil)
            .GreaterThanOrEqualTo(c => c.TrainingQualification!.ValidFrom)
            .When(c => c.TrainingQualification is not null)
            .WithErrorCode("organization.qualification_period_invalid")
            .WithMessage("validUntil cannot be before validFrom.");
    }
}
