using ZhuhaiArtisan.DataGenerator.Common;
using ZhuhaiArtisan.Domain.Organizations;

namespace ZhuhaiArtisan.DataGenerator.Organizations;

/// <summary>What the later modules need to know of an organisation written by this one.</summary>
internal sealed record GeneratedOrganization(
    Guid Id,
    string CreditCode,
    string Name,
    OrganizationType Type,
    string DistrictCode,
    IReadOnlyList<string> Clusters,
    bool IsKeyIndustryEmployer,
    double Size,
    Organization Entity)
{
    public string StoredId { get; } = StoredValues.Of(Id);

    public bool IsSchool => Type != OrganizationType.Enterprise;

    /// <summary>A college, school or training institution whose training qualification covers the day.</summary>
    public bool TrainsOn(DateOnly day) => IsSchool && Entity.IsTrainingQualifiedOn(day);
}
