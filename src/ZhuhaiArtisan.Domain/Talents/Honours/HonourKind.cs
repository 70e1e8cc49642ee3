namespace ZhuhaiArtisan.Domain.Talents.Honours;

/// <summary>
/// The titles of 珠府办函〔2023〕100号: the “十百千万” craftsman tiers (§二(五)), the yearly
/// 珠海市技术能手 (§二(四)), and competition awards.
/// </summary>
public enum HonourKind
{
    /// <summary>珠海特级工匠 (about 10 a year), conferred by the city.</summary>
    ZhuhaiMasterCraftsman,

    /// <summary>珠海工匠 (about 100), conferred by the city.</summary>
    ZhuhaiCraftsman,

    /// <summary>区级工匠 (about 1,000), conferred by a district.</summary>
    DistrictCraftsman,

    /// <summary>企业工匠 (about 10,000), conferred by an enterprise.</summary>
    EnterpriseCraftsman,

    /// <summary>珠海市技术能手 (50+ a year), conferred by the city.</summary>
    ZhuhaiTechnicalExpert,

    /// <summary>A competition award (event, year, rank, coach), recorded by the city.</summary>
    CompetitionAward,
}
