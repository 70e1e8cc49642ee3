using ZhuhaiArtisan.DataGenerator.Common;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.ReferenceData.IndustryClusters;

namespace ZhuhaiArtisan.DataGenerator.Organizations;

/// <summary>Names as Zhuhai's registers show them: 珠海 + a two-character trade name + the line of business + the legal form.</summary>
internal static class OrganizationNames
{
    private static readonly string[] TradeNameCharacters =
        "恒信华发金宏远达泰盛创新卓越鼎立腾飞海湾珠澳港江汇通联合科凯瑞博睿智德诚嘉隆兴源丰和利安宝天宇星辰光明正中南方东粤格力优特威普莱迪维英杰"
            .Select(c => c.ToString()).Distinct(StringComparer.Ordinal).ToArray();

    private static readonly Dictionary<string, string[]> Businesses = new(StringComparer.Ordinal)
    {
        [IndustryCluster.NextGenerationIt.Code] = ["信息科技", "软件", "网络科技", "智能科技", "数据科技", "通信技术"],
        [IndustryCluster.NewEnergy.Code] = ["新能源科技", "光伏科技", "储能技术", "电池", "新能源汽车"],
        [IndustryCluster.IntegratedCircuits.Code] = ["微电子", "半导体", "集成电路", "芯片科技", "电子材料"],
        [IndustryCluster.BiomedicineHealth.Code] = ["生物科技", "医药", "医疗器械", "健康科技", "药业"],
        [IndustryCluster.SmartAppliances.Code] = ["电器", "智能家居", "家电科技", "制冷设备"],
        [IndustryCluster.EquipmentManufacturing.Code] = ["精密机械", "机电设备", "智能装备", "模具", "自动化设备", "船舶工程", "航空科技"],
        [IndustryCluster.FineChemicals.Code] = ["化工", "新材料", "精细化工", "涂料", "日用化学品"],
    };

    private static readonly string[] OtherBusinesses =
        ["商贸", "物流", "建筑工程", "物业管理", "餐饮管理", "贸易", "电子商务", "人力资源服务", "装饰工程", "酒店管理", "旅游发展", "食品"];

    // Eight in ten are plain limited companies.
    private static readonly string[] LegalForms =
        ["有限公司", "有限公司", "有限公司", "有限公司", "有限公司", "有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司"];

    private static readonly string[] Roads =
    [
        "情侣中路", "人民东路", "凤凰北路", "迎宾南路", "九洲大道", "珠海大道", "金湾路", "白蕉路", "井岸大道", "前山路", "唐家湾大道",
        "港湾大道", "科技五路", "创新海岸路", "兴业路", "高栏港大道", "平沙大道", "红旗路", "三灶大道", "环岛东路", "港昌路", "明珠路",
    ];

    public static string Of(Random random, OrganizationType type, IReadOnlyList<string> clusters)
    {
        var tradeName = TradeName(random);
        return type switch
        {
            OrganizationType.Enterprise => "珠海" + tradeName + Business(random, clusters) + random.Pick(LegalForms),
            OrganizationType.VocationalCollege => "珠海" + tradeName + random.Pick(["职业技术学院", "职业技术学校", "中等职业学校"]),
            OrganizationType.TechnicalSchool => "珠海市" + tradeName + random.Pick(["技工学校", "技工学校", "高级技工学校", "技师学院"]),
            _ => "珠海市" + tradeName + random.Pick(["职业培训学校", "职业培训学校", "职业技能培训中心", "培训学校"]),
        };
    }

    public static string Address(Random random, string district) =>
        $"{district}{random.Pick(Roads)}{random.Next(1, 999)}号";

    private static string TradeName(Random random)
    {
        var first = random.Pick(TradeNameCharacters);
        string second;
        do
        {
            second = random.Pick(TradeNameCharacters);
        }
        while (second == first);

        return first + second;
    }

    private static string Business(Random random, IReadOnlyList<string> clusters) =>
        clusters.Count > 0 && Businesses.TryGetValue(random.Pick(clusters), out var businesses)
            ? random.Pick(businesses)
            : random.Pick(OtherBusinesses);
}
