using ZhuhaiArtisan.Domain.ReferenceData.IndustryClusters;

namespace ZhuhaiArtisan.DataGenerator.ReferenceData;

/// <summary>
/// How the seven key clusters divide the city's employers: equipment manufacturing and smart
/// appliances are its old strengths, next-generation IT the largest of the leading four.
/// </summary>
internal static class ClusterShares
{
    private static readonly Dictionary<string, double> Shares = new(StringComparer.Ordinal)
    {
        [IndustryCluster.NextGenerationIt.Code] = 20,
        [IndustryCluster.NewEnergy.Code] = 10,
        [IndustryCluster.IntegratedCircuits.Code] = 8,
        [IndustryCluster.BiomedicineHealth.Code] = 12,
        [IndustryCluster.SmartAppliances.Code] = 15,
        [IndustryCluster.EquipmentManufacturing.Code] = 25,
        [IndustryCluster.FineChemicals.Code] = 10,
    };

    public static IEnumerable<(string Code, double Share)> All => IndustryCluster.All.Select(c => (c.Code, Shares.GetValueOrDefault(c.Code, 5.0)));
}
