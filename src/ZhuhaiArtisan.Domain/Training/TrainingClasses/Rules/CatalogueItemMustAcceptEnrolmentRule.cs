using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Training.TrainingClasses.Rules;

/// <summary>
/// A class is opened, and a trainee enrolled, only for an item that takes enrolment: approved,
/// published in the current edition, within its validity, neither suspended nor withdrawn.
/// </summary>
public sealed class CatalogueItemMustAcceptEnrolmentRule(bool acceptsEnrolment) : IBusinessRule
{
    public string Code => "training.item_not_accepting_enrolment";

    public string Message => "该目录项目当前不接受报名（未在现行目录中发布、已暂停、已撤销或不在有效期内）。";

    public bool IsBroken() => !acceptsEnrolment;
}
