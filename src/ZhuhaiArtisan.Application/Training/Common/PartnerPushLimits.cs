namespace ZhuhaiArtisan.Application.Training.Common;

public static class PartnerPushLimits
{
    /// <summary>The most rows one push takes.</summary>
    public const int MaxRows = 10_000;

    /// <summary>Ids looked up per query: well within every provider's limit on parameters.</summary>
    public const int LookupBatch = 500;
}
