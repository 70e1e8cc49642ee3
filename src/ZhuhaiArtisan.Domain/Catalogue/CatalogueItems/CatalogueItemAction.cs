namespace ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;

/// <summary>What can be done to an item; each is allowed only from some statuses.</summary>
public enum CatalogueItemAction
{
    Revise,
    Submit,
    Approve,
    Reject,
    Suspend,
    Reinstate,
    Withdraw,
}
