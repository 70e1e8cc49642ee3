using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Catalogue.CatalogueItems.Rules;

public sealed class CatalogueItemTransitionMustBeAllowedRule(CatalogueItemStatus status, CatalogueItemAction action) : IBusinessRule
{
    public string Code => "catalogue.invalid_transition";

    public string Message => $"目录项目处于“{StatusName(status)}”状态，不能{ActionName(action)}。";

    public bool IsBroken() => !CatalogueItemTransitions.IsAllowed(status, action);

    private static string StatusName(CatalogueItemStatus status) => status switch
    {
        CatalogueItemStatus.Draft => "草稿",
        CatalogueItemStatus.Submitted => "待审核",
        CatalogueItemStatus.Approved => "已通过",
        CatalogueItemStatus.Rejected => "已退回",
        CatalogueItemStatus.Suspended => "已暂停",
        _ => "已撤销",
    };

    private static string ActionName(CatalogueItemAction action) => action switch
    {
        CatalogueItemAction.Revise => "修改",
        CatalogueItemAction.Submit => "提交审核",
        CatalogueItemAction.Approve => "审核通过",
        CatalogueItemAction.Reject => "退回",
        CatalogueItemAction.Suspend => "暂停",
        CatalogueItemAction.Reinstate => "恢复",
        _ => "撤销",
    };
}
