using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Catalogue.CatalogueItems.Rules;

public sealed class TrainingMustHaveHoursRule(int theoryHours, int practiceHours) : IBusinessRule
{
    public string Code => "catalogue.hours_required";

    public string Message => "理论课时和实操课时不能为负，且合计至少 1 课时。";

    public bool IsBroken() => theoryHours < 0 || practiceHours < 0 || theoryHours + practiceHours < 1;
}
