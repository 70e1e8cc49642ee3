namespace ZhuhaiArtisan.Application.Training.Common;

public static class Hours
{
    /// <summary>Hours as entered, without the trailing zeros one database keeps and another drops.</summary>
    public static decimal Of(decimal hours) => hours / 1.000000000000000000000000000000000m;
}
