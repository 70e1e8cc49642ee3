namespace ZhuhaiArtisan.Domain.Organizations;

/// <summary>The labels as filters: each names one condition an organisation can meet.</summary>
public enum OrganizationLabel
{
    KeyIndustryEnterprise,
    KeyIndustryInnovationEmployer,
    IndustryEducationIntegrationEnterprise,
    PrivateInstitution,
    TrainingQualified,
}
