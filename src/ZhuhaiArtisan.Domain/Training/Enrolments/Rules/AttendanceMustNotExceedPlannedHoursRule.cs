using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Training.Enrolments.Rules;

public sealed class AttendanceMustNotExceedPlannedHoursRule(decimal totalHours, int plannedHours) : IBusinessRule
{
    public string Code => "training.hours_exceed_planned";

    public string Message => $"累计考勤 {totalHours} 课时，超过培训班计划课时 {plannedHours}。";

    public bool IsBroken() => totalHours > plannedHours;
}
