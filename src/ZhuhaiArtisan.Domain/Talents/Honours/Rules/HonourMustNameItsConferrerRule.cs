using ZhuhaiArtisan.Domain.Common;
using ZhuhaiArtisan.Domain.Organizations;

namespace ZhuhaiArtisan.Domain.Talents.Honours.Rules;

public sealed class HonourMustNameItsConferrerRule(HonourKind kind, string? districtCode, OrganizationId? enterpriseId) : IBusinessRule
{
    public string Code => "honour.conferrer_missing";

    public string Message => "区级工匠须注明授予的区，企业工匠须注明授予的企业。";

    public bool IsBroken() => kind switch
    {
        HonourKind.DistrictCraftsman => districtCode is null,
        HonourKind.EnterpriseCraftsman => enterpriseId is null,
        _ => false,
    };
}
