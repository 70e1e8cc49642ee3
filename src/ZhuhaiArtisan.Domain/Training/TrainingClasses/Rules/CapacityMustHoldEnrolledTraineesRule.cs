using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Training.TrainingClasses.Rules;

public sealed class CapacityMustHoldEnrolledTraineesRule(int capacity, int enrolled) : IBusinessRule
{
    public string Code => "training.capacity_below_enrolled";

    public string Message => $"班级容量（{capacity}）不能少于已报名人数（{enrolled}）。";

    public bool IsBroken() => capacity < enrolled;
}
