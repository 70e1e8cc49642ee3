using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Catalogue.CatalogueEditions.Rules;

public sealed class CatalogueEditionMustListItemsRule(int itemCount) : IBusinessRule
{
    public string Code => "catalogue.edition_empty";

    public string Message => "没有可发布的已审核通过且在有效期内的目录项目。";

    public bool IsBroken() => itemCount < 1;
}
