namespace ZhuhaiArtisan.Application.Common.Security;

/// <summary>The callers of DESIGN §1, as the role claim names them.</summary>
public static class Roles
{
    public const string CityAdmin = "CityAdmin";
    public const string DistrictAdmin = "DistrictAdmin";
    public const string Enterprise = "Enterprise";
    public const string Institution = "Institution";
    public const string Talent = "Talent";
    public const string Partner = "Partner";

    public static IReadOnlyList<string> All { get; } = [CityAdmin, DistrictAdmin, Enterprise, Institution, Talent, Partner];
}
