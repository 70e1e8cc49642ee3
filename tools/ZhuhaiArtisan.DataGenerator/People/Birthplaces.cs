using ZhuhaiArtisan.DataGenerator.Common;

namespace ZhuhaiArtisan.DataGenerator.People;

/// <summary>
/// GB/T 2260 county-level codes that begin a resident identity number: Zhuhai's own districts for
/// people from the city, the rest of Guangdong, and the provinces most of Guangdong's incoming
/// workers come from (Hunan, Guangxi, Jiangxi, Hubei, Sichuan, Henan…), roughly in that order.
/// </summary>
internal static class Birthplaces
{
    public static readonly string[] Zhuhai = ["440402", "440403", "440404"];

    private static readonly string[] RestOfGuangdong =
    [
        "440103", "440104", "440105", "440106", "440111", "440303", "440304", "440305", "440306", "440307", "440604", "440605",
        "440606", "440703", "440705", "440781", "440783", "441302", "441900", "442000", "440802", "440882", "440902", "440981",
        "440982", "441402", "441403", "445102", "445202", "445281", "441502", "441602", "441702", "441781", "441802", "445302",
        "445381", "440203", "440507", "440513", "440514", "441202", "441284",
    ];

    private static readonly (double Weight, string[] Codes)[] OtherProvinces =
    [
        (18, ["430102", "430103", "430111", "430202", "430302", "430405", "430421", "430502", "430602", "430702", "430902", "431002", "431102", "431202", "431302"]), // 湖南
        (16, ["450102", "450103", "450202", "450302", "450403", "450702", "450802", "450902", "450921", "451002"]), // 广西
        (9, ["360102", "360103", "360702", "360802", "361002", "360302"]), // 江西
        (9, ["420102", "420106", "420111", "421002", "420902", "421102", "420502"]), // 湖北
        (8, ["510104", "510105", "510106", "510107", "511302", "511102", "511702", "510802"]), // 四川
        (8, ["410102", "410105", "411302", "411602", "411402", "411502", "410302"]), // 河南
        (6, ["520102", "520103", "520402", "522601", "520302"]), // 贵州
        (5, ["500101", "500103", "500106", "500112", "500115"]), // 重庆
        (3, ["350102", "350203", "350503", "350802"]), // 福建
        (3, ["340102", "340104", "341502", "341202"]), // 安徽
        (3, ["530102", "530103", "530302"]), // 云南
        (2, ["460105", "460106"]), // 海南
        (1.5, ["650102", "650103", "652901", "653101", "653201"]), // 新疆
        (1, ["370102", "370202"]), // 山东
        (1, ["610103"]), // 陕西
        (1, ["130102"]), // 河北
        (1, ["320102", "320506"]), // 江苏
        (1, ["330102", "330106"]), // 浙江
        (0.5, ["110101", "110105"]), // 北京
        (0.5, ["310101", "310115"]), // 上海
        (0.5, ["230102", "220102", "210102"]), // 黑龙江、吉林、辽宁
        (0.5, ["140105", "150102", "620102", "640104", "630102"]), // 山西、内蒙古、甘肃、宁夏、青海
        (0.2, ["540102"]), // 西藏
    ];

    private static readonly WeightedChoice<string[]> Provinces = new(OtherProvinces.Select(p => (p.Codes, p.Weight)));

    /// <param name="local">Household registered in Zhuhai.</param>
    public static string Next(Random random, bool local) =>
        local ? random.Pick(Zhuhai)
        : random.Chance(0.38) ? random.Pick(RestOfGuangdong)
        : random.Pick(Provinces.Next(random));

    public static bool IsGuangdong(string code) => code.StartsWith("44", StringComparison.Ordinal);

    public static bool IsXinjiang(string code) => code.StartsWith("65", StringComparison.Ordinal);
}
