using ZhuhaiArtisan.DataGenerator.Common;

namespace ZhuhaiArtisan.DataGenerator.People;

/// <summary>
/// Chinese personal names: surnames by their approximate national frequency (with the surnames
/// common in Guangdong weighted up for people born there, and a few compound surnames), given names
/// of one or two characters from pools that differ by sex and by generation, now and then a rare
/// character; Uyghur names joined by the middle dot; traditional characters for Hong Kong, Macao
/// and Taiwan residents.
/// </summary>
internal static class ChineseNames
{
    private static readonly (string Surname, double Percent)[] Surnames =
    [
        ("王", 7.12), ("李", 7.0), ("张", 6.74), ("刘", 5.1), ("陈", 4.61), ("杨", 3.22), ("黄", 2.45), ("赵", 2.19),
        ("吴", 2.0), ("周", 1.95), ("徐", 1.45), ("孙", 1.38), ("马", 1.29), ("朱", 1.28), ("胡", 1.16), ("郭", 1.15),
        ("何", 1.06), ("林", 1.02), ("高", 1.0), ("罗", 0.95), ("郑", 0.93), ("梁", 0.87), ("谢", 0.8), ("宋", 0.7),
        ("唐", 0.7), ("许", 0.65), ("韩", 0.62), ("冯", 0.6), ("邓", 0.6), ("曹", 0.58), ("彭", 0.56), ("曾", 0.55),
        ("肖", 0.55), ("田", 0.52), ("董", 0.52), ("袁", 0.5), ("潘", 0.48), ("于", 0.46), ("蒋", 0.45), ("蔡", 0.45),
        ("余", 0.44), ("杜", 0.42), ("叶", 0.42), ("程", 0.4), ("苏", 0.38), ("魏", 0.37), ("吕", 0.36), ("丁", 0.35),
        ("任", 0.34), ("沈", 0.33), ("姚", 0.33), ("卢", 0.32), ("姜", 0.31), ("崔", 0.3), ("钟", 0.3), ("谭", 0.29),
        ("陆", 0.28), ("汪", 0.27), ("范", 0.27), ("金", 0.26), ("石", 0.26), ("廖", 0.25), ("贾", 0.25), ("夏", 0.24),
        ("韦", 0.24), ("付", 0.23), ("方", 0.22), ("白", 0.22), ("邹", 0.22), ("孟", 0.21), ("熊", 0.21), ("秦", 0.2),
        ("邱", 0.2), ("江", 0.2), ("尹", 0.19), ("薛", 0.18), ("闫", 0.17), ("段", 0.17), ("雷", 0.17), ("侯", 0.16),
        ("龙", 0.16), ("史", 0.16), ("陶", 0.15), ("黎", 0.15), ("贺", 0.15), ("顾", 0.14), ("毛", 0.14), ("郝", 0.14),
        ("龚", 0.13), ("邵", 0.13), ("万", 0.13), ("钱", 0.12), ("严", 0.12), ("覃", 0.12), ("武", 0.12), ("戴", 0.12),
        ("莫", 0.11), ("孔", 0.11), ("向", 0.1), ("汤", 0.1), ("温", 0.08), ("赖", 0.08), ("欧", 0.06), ("古", 0.05),
        ("甘", 0.05), ("麦", 0.04), ("冼", 0.02), ("区", 0.02), ("欧阳", 0.04), ("司徒", 0.02), ("上官", 0.005),
        ("诸葛", 0.005), ("司马", 0.005), ("东方", 0.003), ("慕容", 0.002), ("端木", 0.002),
    ];

    private static readonly HashSet<string> CommonInGuangdong =
    [
        "陈", "黄", "梁", "林", "罗", "何", "郑", "谢", "叶", "钟", "邓", "冯", "曾", "彭", "潘", "温", "赖", "古",
        "麦", "区", "冼", "欧", "司徒", "欧阳", "莫", "黎", "卢", "余", "苏",
    ];

    private static readonly string[] MaleClassic =
        Split("伟强军勇平刚建国华明辉斌林峰涛波杰亮文东志永春海新宏德福荣成金忠良庆生民兵锋云光胜祥贵俊");

    private static readonly string[] MaleModern =
        Split("浩宇轩子睿博泽昊俊杰凯鹏翔晨阳铭瑞哲鑫磊宁然航逸嘉豪梓天佑奕煜彦恒骏宸锐霖诚毅坤帆旭乐沐皓楷烨");

    private static readonly string[] FemaleClassic =
        Split("芳娜敏静丽艳娟霞燕玲英秀华兰凤红梅桂萍玉丹琴云莉慧洁群春小翠珍美");

    private static readonly string[] FemaleModern =
        Split("婷雪莹琳颖倩欣怡梦雨晴思雅诗涵萱佳悦可馨月彤瑶嘉妍蕾薇琪露晓紫若依心语子梓璐冰菲曼妮靖雯岚");

    // Legal but uncommon characters, as found on real ID cards.
    private static readonly string[] Rare = Split("堃喆赟珺昇玥彧祎旻淼犇镕");

    private static readonly string[] UyghurMale =
        ["买买提", "艾力", "阿不都", "吐尔逊", "艾合买提", "努尔", "阿卜杜拉", "亚森", "依明", "热合曼", "阿迪力", "艾尔肯", "麦麦提"];

    private static readonly string[] UyghurFemale =
        ["阿依古丽", "古丽娜尔", "帕提古丽", "热依拉", "迪丽娜尔", "米热古丽", "再努尔", "阿依努尔", "古丽米拉", "努尔古丽", "阿娜尔古丽"];

    private static readonly string[] UyghurFathers =
        ["艾则孜", "吐尔洪", "买买提", "司马义", "卡德尔", "玉素甫", "艾海提", "阿布都热依木", "吐尔逊", "依沙克", "木合塔尔", "热西提"];

    private static readonly string[] TraditionalSurnames =
        ["陳", "黃", "李", "張", "梁", "林", "劉", "吳", "何", "郭", "王", "鄭", "羅", "謝", "葉", "周", "麥", "歐陽", "區", "馮", "蔡", "鍾"];

    private static readonly string[] TraditionalMale = Split("志明偉傑家豪俊文國華榮輝健浩嘉樂子軒永康卓朗達鴻");

    private static readonly string[] TraditionalFemale = Split("嘉欣詠詩慧敏儀婷穎美玲麗雅琪凱蕙芷晴思珊婉淑芬");

    private static readonly WeightedChoice<string> NationalSurnames = new(Surnames.Select(s => (s.Surname, s.Percent)));

    private static readonly WeightedChoice<string> GuangdongSurnames =
        new(Surnames.Select(s => (s.Surname, s.Percent * (CommonInGuangdong.Contains(s.Surname) ? 2.5 : 1.0))));

    /// <param name="bornInGuangdong">Surnames such as 陈, 黄, 梁 and 林 are far more common there.</param>
    public static string Han(Random random, bool male, int birthYear, bool bornInGuangdong)
    {
        var surname = (bornInGuangdong ? GuangdongSurnames : NationalSurnames).Next(random);
        var modern = birthYear >= 1985;
        var pool = (male, modern) switch
        {
            (true, false) => MaleClassic,
            (true, true) => MaleModern,
            (false, false) => FemaleClassic,
            _ => FemaleModern,
        };

        string Character() => random.Chance(0.005) ? random.Pick(Rare) : random.Pick(pool);

        if (random.Chance(modern ? 0.15 : 0.3))
        {
            return surname + Character();
        }

        var first = Character();
        // Doubled given names (婷婷, 欣欣) are a girls' fashion.
        var second = !male && modern && random.Chance(0.05) ? first : Character();
        return surname + first + second;
    }

    /// <summary>Given name, middle dot, father's name: 阿依古丽·艾则孜.</summary>
    public static string Uyghur(Random random, bool male)
    {
        var given = random.Pick(male ? UyghurMale : UyghurFemale);
        string father;
        do
        {
            father = random.Pick(UyghurFathers);
        }
        while (father == given);

        return given + "·" + father;
    }

    /// <summary>As written on Hong Kong, Macao and Taiwan documents.</summary>
    public static string Traditional(Random random, bool male)
    {
        var pool = male ? TraditionalMale : TraditionalFemale;
        return random.Pick(TraditionalSurnames) + random.Pick(pool) + random.Pick(pool);
    }

    private static string[] Split(string characters) => characters.Select(c => c.ToString()).Distinct(StringComparer.Ordinal).ToArray();
}
