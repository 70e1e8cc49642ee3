namespace ZhuhaiArtisan.Domain.Organizations;

/// <summary>A key industry cluster an organisation works in or trains for.</summary>
public sealed class OrganizationCluster(OrganizationId organizationId, string clusterCode)
{
    public OrganizationId OrganizationId { get; private set; } = organizationId;

    public string ClusterCode { get; private set; } = clusterCode;
}
