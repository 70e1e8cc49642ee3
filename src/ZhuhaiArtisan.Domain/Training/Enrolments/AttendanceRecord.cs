namespace ZhuhaiArtisan.Domain.Training.Enrolments;

/// <summary>
/// The hours a trainee attended on one session date (考勤). Written only through
/// <see cref="Enrolment.RecordAttendance"/>, which keeps the enrolment's total; one per date,
/// and a second report for a date replaces the first.
/// </summary>
public sealed class AttendanceRecord
{
    private AttendanceRecord()
    {
    }

    public EnrolmentId EnrolmentId { get; private set; }

    public DateOnly SessionDate { get; private set; }

    public decimal Hours { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    internal static AttendanceRecord Of(EnrolmentId enrolmentId, DateOnly sessionDate, decimal hours, DateTimeOffset now) =>
        new() { EnrolmentId = enrolmentId, SessionDate = sessionDate, Hours = hours, RecordedAt = now };

    internal void Replace(decimal hours, DateTimeOffset now)
    {
        Hours = hours;
        RecordedAt = now;
    }
}
