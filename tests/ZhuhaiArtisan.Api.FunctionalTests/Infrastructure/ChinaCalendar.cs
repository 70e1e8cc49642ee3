namespace ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;

/// <summary>Calendar dates as the API reads them: local dates in Asia/Shanghai.</summary>
public static class ChinaCalendar
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateOnly DateAt(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    public static DateOnly Today() => DateAt(DateTimeOffset.UtcNow);
}
