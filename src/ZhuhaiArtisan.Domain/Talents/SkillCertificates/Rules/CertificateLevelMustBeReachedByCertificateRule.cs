using ZhuhaiArtisan.Domain.Common;
using ZhuhaiArtisan.Domain.ReferenceData.SkillLevels;

namespace ZhuhaiArtisan.Domain.Talents.SkillCertificates.Rules;

public sealed class CertificateLevelMustBeReachedByCertificateRule(SkillLevel level) : IBusinessRule
{
    public string Code => "certificate.level_by_appointment";

    public string Message => "特级技师和首席技师是聘任的岗位，不颁发技能等级证书：请记录为聘任。";

    public bool IsBroken() => level.IsReachedByAppointment;
}
