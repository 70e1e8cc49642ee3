namespace ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;

/// <summary>Where an item stands in its review; <see cref="CatalogueItemTransitions"/> says how it moves.</summary>
public enum CatalogueItemStatus
{
    /// <summary>草稿: the institution is preparing it.</summary>
    Draft,

    /// <summary>待审核: submitted to the city, or edited after approval and back for review.</summary>
    Submitted,

    /// <summary>已通过: approved with its subsidy standard; goes into the next edition published.</summary>
    Approved,

    /// <summary>已退回: rejected with a coded reason; the institution edits it and submits it again.</summary>
    Rejected,

    /// <summary>已暂停: suspended by the city; takes no new enrolment until reinstated.</summary>
    Suspended,

    /// <summary>已撤销: withdrawn for good.</summary>
    Withdrawn,
}
