using ZhuhaiArtisan.DataGenerator.Common;

namespace ZhuhaiArtisan.DataGenerator.People;

/// <summary>
/// Names of foreign permanent residents, in the style of their country: in Latin letters, or
/// transliterated into Chinese with the middle dot (约翰·史密斯), as both appear on the card.
/// </summary>
internal static class ForeignNames
{
    private static readonly ForeignCountry[] Countries =
    [
        new("USA", "840", ForeignNameStyle.Western, 3), new("GBR", "826", ForeignNameStyle.Western, 1.5), new("DEU", "276", ForeignNameStyle.Western, 1.5),
        new("FRA", "250", ForeignNameStyle.Western, 1), new("CAN", "124", ForeignNameStyle.Western, 1), new("AUS", "036", ForeignNameStyle.Western, 1),
        new("PRT", "620", ForeignNameStyle.Western, 1.5), new("BRA", "076", ForeignNameStyle.Western, 0.5), new("ITA", "380", ForeignNameStyle.Western, 0.5),
        new("JPN", "392", ForeignNameStyle.Japanese, 2), new("KOR", "410", ForeignNameStyle.Korean, 2.5), new("SGP", "702", ForeignNameStyle.SoutheastAsian, 1),
        new("MYS", "458", ForeignNameStyle.SoutheastAsian, 1.5), new("VNM", "704", ForeignNameStyle.SoutheastAsian, 1), new("THA", "764", ForeignNameStyle.SoutheastAsian, 0.5),
        new("PHL", "608", ForeignNameStyle.SoutheastAsian, 1),
    ];

    private static readonly WeightedChoice<ForeignCountry> CountryChoice = new(Countries.Select(c => (c, c.Weight)));

    private static readonly Dictionary<ForeignNameStyle, (string[] Male, string[] Female, string[] Family)> Latin = new()
    {
        [ForeignNameStyle.Western] = (
            ["John", "Michael", "David", "James", "Daniel", "Thomas", "Carlos", "Paulo", "Lucas", "Mark"],
            ["Maria", "Anna", "Sarah", "Emma", "Laura", "Sofia", "Julia", "Claire"],
            ["Smith", "Schmidt", "Johnson", "Brown", "Garcia", "Silva", "Santos", "Müller", "Martin", "Rossi", "O'Brien", "Taylor"]),
        [ForeignNameStyle.Japanese] = (["Kenji", "Hiroshi", "Takashi", "Yuto"], ["Yuki", "Sakura", "Aiko", "Haruka"], ["Tanaka", "Suzuki", "Sato", "Takahashi"]),
        [ForeignNameStyle.Korean] = (["Min-jun", "Jae-won", "Seung-ho", "Ji-hoon"], ["Ji-woo", "Seo-yeon", "Min-ji", "Eun-ji"], ["Kim", "Lee", "Park", "Choi"]),
        [ForeignNameStyle.SoutheastAsian] = (["Wei Jie", "Arif", "Minh", "Somchai", "Jose"], ["Siti", "Linh", "Mei Ling", "Maricel"], ["Tan", "Lim", "Nguyen", "Tran", "Santos"]),
    };

    private static readonly string[] TransliteratedMale = ["约翰", "迈克尔", "大卫", "詹姆斯", "丹尼尔", "托马斯", "卡洛斯", "保罗"];

    private static readonly string[] TransliteratedFemale = ["玛丽亚", "安娜", "萨拉", "艾玛", "劳拉", "索菲亚"];

    private static readonly string[] TransliteratedFamily = ["史密斯", "施密特", "约翰逊", "布朗", "加西亚", "席尔瓦", "桑托斯", "穆勒", "马丁", "罗西"];

    public static ForeignCountry NextCountry(Random random) => CountryChoice.Next(random);

    public static string Name(Random random, ForeignCountry country, bool male)
    {
        if (country.NameStyle == ForeignNameStyle.Western && random.Chance(0.4))
        {
            return random.Pick(male ? TransliteratedMale : TransliteratedFemale) + "·" + random.Pick(TransliteratedFamily);
        }

        var (maleNames, femaleNames, family) = Latin[country.NameStyle];
        return random.Pick(male ? maleNames : femaleNames) + " " + random.Pick(family);
    }
}
