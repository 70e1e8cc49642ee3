namespace ZhuhaiArtisan.DataGenerator.ReferenceData;

/// <summary>
/// Where people live, roughly in proportion to the resident population (2020 census order of
/// magnitude: 香洲 by far the largest, then 斗门 and 金湾; of the zones, 高新区 and 高栏港 large,
/// 横琴 growing, 万山's islands tiny). For realistic skew, not for statistics.
/// </summary>
internal static class DistrictPopulation
{
    private static readonly Dictionary<string, double> Shares = new(StringComparer.Ordinal)
    {
        ["440402"] = 45.0, // 香洲区
        ["440403"] = 17.0, // 斗门区
        ["440404"] = 12.0, // 金湾区
        ["ZH-GX"] = 12.0,  // 高新区
        ["ZH-JK"] = 7.5,   // 经济技术开发区（高栏港）
        ["ZH-HQ"] = 6.0,   // 横琴粤澳深度合作区
        ["ZH-WS"] = 0.5,   // 万山海洋开发试验区
    };

    /// <summary>A district the table does not know (a corrected reference file) still gets a small share.</summary>
    public static double ShareOf(string districtCode) => Shares.GetValueOrDefault(districtCode, 1.0);
}
