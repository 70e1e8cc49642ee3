namespace ZhuhaiArtisan.Domain.ReferenceData.IndustryClusters;

public enum IndustryClusterKind
{
    /// <summary>四大主导产业.</summary>
    Leading,

    /// <summary>三大优势产业集群.</summary>
    Advantage,
}
