namespace ZhuhaiArtisan.Application.Common.Paging;

public static class PageLimits
{
    public const int Default = 20;
    public const int Max = 200;

    public static int Resolve(int? limit) => limit ?? Default;
}
