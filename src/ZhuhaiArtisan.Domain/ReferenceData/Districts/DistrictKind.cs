namespace ZhuhaiArtisan.Domain.ReferenceData.Districts;

public enum DistrictKind
{
    /// <summary>An administrative district with a GB/T 2260 code.</summary>
    District,

    /// <summary>A functional zone with its own 管委会, acting as the district for organisations registered in it.</summary>
    FunctionalZone,
}
