using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Organizations.Rules;

public sealed class TrainingQualificationMustEndAfterItStartsRule(TrainingQualification? qualification) : IBusinessRule
{
    public string Code => "organization.qualification_period_invalid";

    public string Message => "培训资质的有效期截止日期不能早于起始日期。";

    public bool IsBroken() => qualification is not null && qualification.ValidUntil < qualification.ValidFrom;
}
