using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Organizations.Rules;

public sealed class PrivateInstitutionLabelAppliesOnlyToSchoolsAndInstitutionsRule(OrganizationType type, OrganizationLabels labels) : IBusinessRule
{
    public string Code => "organization.label_not_applicable";

    public string Message => "民办标签只适用于职业院校、技工院校和培训机构。";

    public bool IsBroken() => type == OrganizationType.Enterprise && labels.IsPrivateInstitution;
}
