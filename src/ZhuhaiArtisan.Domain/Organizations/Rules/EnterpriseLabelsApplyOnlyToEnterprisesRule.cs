using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Organizations.Rules;

public sealed class EnterpriseLabelsApplyOnlyToEnterprisesRule(OrganizationType type, OrganizationLabels labels) : IBusinessRule
{
    public string Code => "organization.label_not_applicable";

    public string Message => "重点企业、重点产业创新领域用人主体和产教融合型企业标签只适用于企业。";

    public bool IsBroken() => type != OrganizationType.Enterprise && labels.HasEnterpriseLabel;
}
