using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Training.Enrolments.Rules;

public sealed class SessionMustFallInClassPeriodRule(DateOnly sessionDate, DateOnly startDate, DateOnly endDate) : IBusinessRule
{
    public string Code => "training.session_outside_class_period";

    public string Message => $"考勤日期 {sessionDate:yyyy-MM-dd} 不在开班期间（{startDate:yyyy-MM-dd} 至 {endDate:yyyy-MM-dd}）内。";

    public bool IsBroken() => sessionDate < startDate || sessionDate > endDate;
}
