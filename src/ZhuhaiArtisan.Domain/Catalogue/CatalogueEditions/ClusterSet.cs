using ZhuhaiArtisan.Domain.ReferenceData.IndustryClusters;

namespace ZhuhaiArtisan.Domain.Catalogue.CatalogueEditions;

/// <summary>
/// The clusters an entry serves as one integer, a bit per cluster by its order: a filter on a
/// cluster is then a bitwise test that every database evaluates the same way.
/// </summary>
public static class ClusterSet
{
    public static int BitOf(IndustryCluster cluster) => 1 << (cluster.Order - 1);

    public static int Of(IEnumerable<string> clusterCodes) =>
        clusterCodes.Select(IndustryCluster.FindByCode).OfType<IndustryCluster>().Aggregate(0, (mask, cluster) => mask | BitOf(cluster));

    public static IReadOnlyList<string> CodesOf(int mask) =>
        IndustryCluster.All.Where(cluster => (mask & BitOf(cluster)) != 0).Select(cluster => cluster.Code).ToList();
}
