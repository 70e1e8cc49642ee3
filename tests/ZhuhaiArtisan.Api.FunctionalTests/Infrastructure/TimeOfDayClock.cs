namespace ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;

/// <summary>
/// The real clock moved back (by less than a day) to a chosen UTC time of day, so a test can run
/// at an hour when the calendar dates of UTC and Asia/Shanghai agree, or differ. Moving back, never
/// forward, keeps the tokens it issues valid for a validator on the real clock.
/// </summary>
public sealed class TimeOfDayClock : TimeProvider
{
    private readonly TimeSpan _shift;

    public TimeOfDayClock(TimeSpan utcTimeOfDay)
    {
        var behind = System.GetUtcNow().TimeOfDay - utcTimeOfDay;
        _shift = behind < TimeSpan.Zero ? behind + TimeSpan.FromDays(1) : behind;
    }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() - _shift;

    public DateOnly TodayInChina() => ChinaCalendar.DateAt(GetUtcNow());
}
