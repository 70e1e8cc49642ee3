using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Catalogue.CatalogueItems.Rules;

public sealed class SubsidyMustNotExceedFeeRule(decimal subsidyPerPerson, decimal feePerPerson) : IBusinessRule
{
    public string Code => "catalogue.subsidy_exceeds_fee";

    public string Message => "每人补贴标准不能高于每人收费标准。";

    public bool IsBroken() => subsidyPerPerson > feePerPerson;
}
