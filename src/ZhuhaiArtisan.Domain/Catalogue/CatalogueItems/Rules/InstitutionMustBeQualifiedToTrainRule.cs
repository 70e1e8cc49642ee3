using ZhuhaiArtisan.Domain.Common;
using ZhuhaiArtisan.Domain.Organizations;

namespace ZhuhaiArtisan.Domain.Catalogue.CatalogueItems.Rules;

/// <summary>
/// Subsidised training is open to schools and institutions holding the city's training
/// qualification (§三(一)3: 具备资质的社会培训机构), valid on the day.
/// </summary>
public sealed class InstitutionMustBeQualifiedToTrainRule(Organization institution, DateOnly today) : IBusinessRule
{
    public string Code => "catalogue.institution_not_qualified";

    public string Message => "只有持有效培训资质的职业院校、技工院校或职业培训机构可以申报和保留培训目录项目。";

    public bool IsBroken() => institution.Type == OrganizationType.Enterprise || !institution.IsTrainingQualifiedOn(today);
}
