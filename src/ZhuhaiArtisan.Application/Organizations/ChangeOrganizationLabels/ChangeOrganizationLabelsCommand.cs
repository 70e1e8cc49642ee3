using Mediator;
using ZhuhaiArtisan.Application.Common.Concurrency;
using ZhuhaiArtisan.Application.Organizations.Common;

namespace ZhuhaiArtisan.Application.Organizations.ChangeOrganizationLabels;

/// <summary>Replaces the whole set of labels: every flag is stated, so nothing is changed by omission.</summary>
public sealed record ChangeOrganizationLabelsCommand(
    Guid Id,
    VersionPrecondition IfMatch,
    bool? IsKeyIndustryEnterprise,
    bool? IsKeyIndustryInnovationEmployer,
    bool? IsIndustryEducationIntegrationEnterprise,
    bool? IsPrivateInstitution,
    TrainingQualificationDto? TrainingQualification) : ICommand<OrganizationDto>;
