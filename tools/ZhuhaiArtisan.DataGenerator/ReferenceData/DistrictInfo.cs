namespace ZhuhaiArtisan.DataGenerator.ReferenceData;

internal sealed record DistrictInfo(string Code, string NameZh, bool IsFunctionalZone, string? ParentCode)
{
    /// <summary>The GB/T 2260 code a credit code or an address carries: a zone's parent district's, or the city's.</summary>
    public string AdministrativeCode =>
        IsFunctionalZone ? ParentCode ?? "440400" : Code;

    /// <summary>The name as written after 珠海市 in an address (zones are already named 珠海…).</summary>
    public string InAddress => NameZh.StartsWith("珠海", StringComparison.Ordinal) ? NameZh : "珠海市" + NameZh;

    /// <summary>Who confers a district honour or makes a district appointment.</summary>
    public string Government => IsFunctionalZone ? NameZh + "管理委员会" : "珠海市" + NameZh + "人民政府";
}
