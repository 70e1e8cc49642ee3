namespace ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;

/// <summary>Why the city sends an item back, as a stable code the institution's software can act on.</summary>
public enum CatalogueRejectionReason
{
    /// <summary>材料不完整.</summary>
    IncompleteInformation,

    /// <summary>培训内容与机构资质不符.</summary>
    QualificationMismatch,

    /// <summary>课时设置不符合要求.</summary>
    HoursInadequate,

    /// <summary>收费标准不合理.</summary>
    FeeUnreasonable,

    /// <summary>职业（工种）不在补贴范围内.</summary>
    OccupationNotEligible,

    /// <summary>与已有目录项目重复.</summary>
    Duplicate,

    /// <summary>其他 (the note says what).</summary>
    Other,
}
