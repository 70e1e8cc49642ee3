namespace ZhuhaiArtisan.Domain.ReferenceData.IndustryClusters;

/// <summary>
/// One of the seven key industry clusters (重点产业集群) named in §一 of
/// 《珠海市“产业新工匠”培育工程实施方案（2023-2025年）》(珠府办函〔2023〕100号).
/// The codes are stable: other records and callers address a cluster by them.
/// </summary>
public sealed record IndustryCluster(string Code, string NameZh, string NameEn, IndustryClusterKind Kind, int Order)
{
    public static readonly IndustryCluster NextGenerationIt = new("next-gen-it", "新一代信息技术", "Next-generation information technology", IndustryClusterKind.Leading, 1);
    public static readonly IndustryCluster NewEnergy = new("new-energy", "新能源", "New energy", IndustryClusterKind.Leading, 2);
    public static readonly IndustryCluster IntegratedCircuits = new("integrated-circuits", "集成电路", "Integrated circuits", IndustryClusterKind.Leading, 3);
    public static readonly IndustryCluster BiomedicineHealth = new("biomedicine-health", "生物医药与健康", "Biomedicine and health", IndustryClusterKind.Leading, 4);
    public static readonly IndustryCluster SmartAppliances = new("smart-appliances", "智能家电", "Smart home appliances", IndustryClusterKind.Advantage, 5);
    public static readonly IndustryCluster EquipmentManufacturing = new("equipment-manufacturing", "装备制造", "Equipment manufacturing", IndustryClusterKind.Advantage, 6);
    public static readonly IndustryCluster FineChemicals = new("fine-chemicals", "精细化工", "Fine chemicals", IndustryClusterKind.Advantage, 7);

    public static IReadOnlyList<IndustryCluster> All { get; } =
    [
        NextGenerationIt, NewEnergy, IntegratedCircuits, BiomedicineHealth,
        SmartAppliances, EquipmentManufacturing, FineChemicals,
    ];

    public static IndustryCluster? FindByCode(string? code) =>
        All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.Ordinal));

    public static IndustryCluster? FindByChineseName(string? name) =>
        All.FirstOrDefault(c => string.Equals(c.NameZh, name, StringComparison.Ordinal));
}
