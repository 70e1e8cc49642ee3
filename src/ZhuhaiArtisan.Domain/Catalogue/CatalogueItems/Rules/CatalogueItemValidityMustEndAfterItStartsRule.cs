using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Catalogue.CatalogueItems.Rules;

public sealed class CatalogueItemValidityMustEndAfterItStartsRule(DateOnly validFrom, DateOnly validUntil) : IBusinessRule
{
    public string Code => "catalogue.validity_period_invalid";

    public string Message => "目录项目的有效期截止日期不能早于起始日期。";

    public bool IsBroken() => validUntil < validFrom;
}
