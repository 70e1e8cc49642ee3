namespace ZhuhaiArtisan.Domain.Organizations;

/// <summary>
/// Labels that decide money, set only by the city: 重点企业, 重点产业创新领域用人主体,
/// 产教融合型企业, 民办 institution, and the qualification for subsidised training.
/// </summary>
public sealed record OrganizationLabels(
    bool IsKeyIndustryEnterprise,
    bool IsKeyIndustryInnovationEmployer,
    bool IsIndustryEducationIntegrationEnterprise,
    bool IsPrivateInstitution,
    TrainingQualification? TrainingQualification)
{
    // For EF Core: the nested qualification cannot be bound through the positional constructor.
    private OrganizationLabels()
        : this(false, false, false, false, null)
    {
    }

    public static OrganizationLabels None { get; } = new(false, false, false, false, null);

    public bool HasEnterpriseLabel => IsKeyIndustryEnterprise || IsKeyIndustryInnovationEmployer || IsIndustryEducationIntegrationEnterprise;
}
