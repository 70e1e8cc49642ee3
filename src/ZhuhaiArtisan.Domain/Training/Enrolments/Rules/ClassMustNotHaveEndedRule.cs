using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Training.Enrolments.Rules;

public sealed class ClassMustNotHaveEndedRule(DateOnly endDate, DateOnly today) : IBusinessRule
{
    public string Code => "training.class_ended";

    public string Message => $"培训班已于 {endDate:yyyy-MM-dd} 结束，不再接受报名。";

    public bool IsBroken() => today > endDate;
}
