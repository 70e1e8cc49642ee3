using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Training.TrainingClasses.Rules;

/// <summary>A class ends on or after the day it starts, and runs within its item's validity.</summary>
public sealed class ClassPeriodMustBeValidRule(DateOnly startDate, DateOnly endDate, DateOnly itemValidFrom, DateOnly itemValidUntil) : IBusinessRule
{
    public string Code => "training.class_period_invalid";

    public string Message => $"开班日期无效：结束日期不得早于开始日期，且须在目录项目有效期（{itemValidFrom:yyyy-MM-dd} 至 {itemValidUntil:yyyy-MM-dd}）内。";

    public bool IsBroken() => endDate < startDate || startDate < itemValidFrom || endDate > itemValidUntil;
}
