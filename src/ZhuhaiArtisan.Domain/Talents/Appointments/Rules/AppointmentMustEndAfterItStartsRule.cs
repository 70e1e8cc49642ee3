using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Talents.Appointments.Rules;

public sealed class AppointmentMustEndAfterItStartsRule(DateOnly from, DateOnly? until) : IBusinessRule
{
    public string Code => "appointment.period_invalid";

    public string Message => "聘任的结束日期不能早于开始日期。";

    public bool IsBroken() => until is { } end && end < from;
}
