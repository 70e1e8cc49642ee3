namespace ZhuhaiArtisan.Domain.ReferenceData.Occupations;

/// <summary>A key industry cluster an occupation serves (a judgement recorded with the reference data).</summary>
public sealed class OccupationCluster(string occupationCode, string clusterCode)
{
    public string OccupationCode { get; private set; } = occupationCode;

    public string ClusterCode { get; private set; } = clusterCode;
}
