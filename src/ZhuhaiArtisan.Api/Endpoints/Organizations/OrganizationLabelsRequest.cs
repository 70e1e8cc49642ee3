using ZhuhaiArtisan.Application.Organizations.Common;

namespace ZhuhaiArtisan.Api.Endpoints.Organizations;

/// <summary>The whole set of an organisation's labels; every flag must be given.</summary>
public sealed record OrganizationLabelsRequest(
    bool? IsKeyIndustryEnterprise,
    bool? IsKeyIndustryInnovationEmployer,
    bool? IsIndustryEducationIntegrationEnterprise,
    bool? IsPrivateInstitution,
    TrainingQualificationDto? TrainingQualification);
