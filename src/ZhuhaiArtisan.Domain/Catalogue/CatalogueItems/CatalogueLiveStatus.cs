namespace ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;

/// <summary>
/// What the public catalogue shows of a published item today. The review steps behind it are
/// the city's and the institution's business; the public sees only whether the item still
/// stands as published.
/// </summary>
public enum CatalogueLiveStatus
{
    /// <summary>Approved as published: takes enrolment within its validity period.</summary>
    Active,

    /// <summary>Edited after approval and under review again: takes no new enrolment meanwhile.</summary>
    UnderReview,

    /// <summary>Suspended by the city: takes no new enrolment.</summary>
    Suspended,

    /// <summary>Withdrawn: takes no new enrolment.</summary>
    Withdrawn,
}
