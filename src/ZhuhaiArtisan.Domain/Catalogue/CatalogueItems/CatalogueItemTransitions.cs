namespace ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;

/// <summary>
/// The workflow as a table: for each action, the statuses it may start from and where it leads.
/// Anything not listed is refused (<c>catalogue.invalid_transition</c>).
/// </summary>
public static class CatalogueItemTransitions
{
    private static readonly Dictionary<(CatalogueItemAction, CatalogueItemStatus), CatalogueItemStatus> Allowed = new()
    {
        // An edit keeps a draft or a rejected item where it is; an edit after approval sends it
        // back to review, as what the city approved is no longer what is offered.
        [(CatalogueItemAction.Revise, CatalogueItemStatus.Draft)] = CatalogueItemStatus.Draft,
        [(CatalogueItemAction.Revise, CatalogueItemStatus.Rejected)] = CatalogueItemStatus.Rejected,
        [(CatalogueItemAction.Revise, CatalogueItemStatus.Approved)] = CatalogueItemStatus.Submitted,
        [(CatalogueItemAction.Submit, CatalogueItemStatus.Draft)] = CatalogueItemStatus.Submitted,
        [(CatalogueItemAction.Submit, CatalogueItemStatus.Rejected)] = CatalogueItemStatus.Submitted,
        [(CatalogueItemAction.Approve, CatalogueItemStatus.Submitted)] = CatalogueItemStatus.Approved,
        [(CatalogueItemAction.Reject, CatalogueItemStatus.Submitted)] = CatalogueItemStatus.Rejected,
        [(CatalogueItemAction.Suspend, CatalogueItemStatus.Approved)] = CatalogueItemStatus.Suspended,
        [(CatalogueItemAction.Reinstate, CatalogueItemStatus.Suspended)] = CatalogueItemStatus.Approved,
        [(CatalogueItemAction.Withdraw, CatalogueItemStatus.Approved)] = CatalogueItemStatus.Withdrawn,
        [(CatalogueItemAction.Withdraw, CatalogueItemStatus.Suspended)] = CatalogueItemStatus.Withdrawn,
    };

    /// <summary>The status the action leads to from <paramref name="from"/>, or null when it is not allowed.</summary>
    public static CatalogueItemStatus? Target(CatalogueItemStatus from, CatalogueItemAction action) =>
        Allowed.TryGetValue((action, from), out var to) ? to : null;

    public static bool IsAllowed(CatalogueItemStatus from, CatalogueItemAction action) => Target(from, action) is not null;
}
