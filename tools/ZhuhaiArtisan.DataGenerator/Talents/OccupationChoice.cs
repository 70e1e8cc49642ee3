using ZhuhaiArtisan.DataGenerator.Common;
using ZhuhaiArtisan.DataGenerator.ReferenceData;

namespace ZhuhaiArtisan.DataGenerator.Talents;

/// <summary>Occupations from the reference data, by demand, mostly within the clusters of the person's employer or school.</summary>
internal sealed class OccupationChoice
{
    private readonly WeightedChoice<OccupationInfo> _all;
    private readonly Dictionary<string, WeightedChoice<OccupationInfo>> _byCluster;

    public OccupationChoice(ReferenceSnapshot reference)
    {
        _all = new(reference.Occupations.Select(o => (o, OccupationDemand.WeightOf(o.Code))));
        _byCluster = reference.Occupations
            .SelectMany(o => o.Clusters.Select(c => (Cluster: c, Occupation: o)))
            .GroupBy(x => x.Cluster, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new WeightedChoice<OccupationInfo>(g.Select(x => (x.Occupation, OccupationDemand.WeightOf(x.Occupation.Code)))), StringComparer.Ordinal);
    }

    public OccupationInfo Next(Random random, IReadOnlyList<string> clusters) =>
        clusters.Count > 0 && random.Chance(0.8) && _byCluster.TryGetValue(random.Pick(clusters), out var inCluster)
            ? inCluster.Next(random)
            : _all.Next(random);
}
