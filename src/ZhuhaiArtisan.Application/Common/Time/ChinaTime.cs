namespace ZhuhaiArtisan.Application.Common.Time;

/// <summary>
/// Calendar facts (validity, deadlines, 公示 periods) are local dates in Asia/Shanghai, whatever
/// time zone the server runs in.
/// </summary>
public static class ChinaTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateOnly TodayInChina(this TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);
}
