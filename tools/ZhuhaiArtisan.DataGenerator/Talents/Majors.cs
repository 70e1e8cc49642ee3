using ZhuhaiArtisan.DataGenerator.Common;
using ZhuhaiArtisan.Domain.ReferenceData.IndustryClusters;

namespace ZhuhaiArtisan.DataGenerator.Talents;

/// <summary>Vocational majors (高职/中职/技工 catalogue names) matched to the key clusters, as §三 of the policy asks.</summary>
internal static class Majors
{
    private static readonly Dictionary<string, string[]> ByCluster = new(StringComparer.Ordinal)
    {
        [IndustryCluster.NextGenerationIt.Code] = ["软件技术", "计算机网络技术", "大数据技术", "人工智能技术应用", "物联网应用技术", "电子信息工程技术"],
        [IndustryCluster.NewEnergy.Code] = ["新能源汽车技术", "光伏工程技术", "风力发电工程技术", "储能材料技术"],
        [IndustryCluster.IntegratedCircuits.Code] = ["集成电路技术", "微电子技术", "电子产品制造技术"],
        [IndustryCluster.BiomedicineHealth.Code] = ["药品生产技术", "生物制药技术", "医疗器械维护与管理", "护理", "智慧健康养老服务与管理"],
        [IndustryCluster.SmartAppliances.Code] = ["智能产品开发与应用", "电气自动化技术", "制冷与空调技术"],
        [IndustryCluster.EquipmentManufacturing.Code] = ["机电一体化技术", "数控技术", "工业机器人技术", "模具设计与制造", "焊接技术与自动化", "机械制造及自动化"],
        [IndustryCluster.FineChemicals.Code] = ["应用化工技术", "精细化工技术", "化工装备技术", "分析检验技术"],
    };

    private static readonly string[] Others = ["现代物流管理", "电子商务", "会计信息管理", "酒店管理与数字化运营"];

    public static string For(Random random, IReadOnlyList<string> schoolClusters) =>
        schoolClusters.Count > 0 && ByCluster.TryGetValue(random.Pick(schoolClusters), out var majors)
            ? random.Pick(majors)
            : random.Pick(Others);
}
