using ZhuhaiArtisan.Domain.Common;
using ZhuhaiArtisan.Domain.ReferenceData.SkillLevels;

namespace ZhuhaiArtisan.Domain.Talents.Appointments.Rules;

public sealed class AppointmentMustBeToAnAppointedLevelRule(SkillLevel level) : IBusinessRule
{
    public string Code => "appointment.level_by_certificate";

    public string Message => "只有特级技师和首席技师是聘任的；其他等级由技能等级证书取得。";

    public bool IsBroken() => !level.IsReachedByAppointment;
}
