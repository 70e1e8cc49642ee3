namespace ZhuhaiArtisan.Application.Organizations.Common;

public sealed record OrganizationLabelsDto(
    bool IsKeyIndustryEnterprise,
    bool IsKeyIndustryInnovationEmployer,
    bool IsIndustryEducationIntegrationEnterprise,
    bool IsPrivateInstitution,
    TrainingQualificationDto? TrainingQualification);
