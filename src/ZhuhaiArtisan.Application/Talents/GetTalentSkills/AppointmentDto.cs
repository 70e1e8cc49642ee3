using ZhuhaiArtisan.Domain.Talents.Appointments;

namespace ZhuhaiArtisan.Application.Talents.GetTalentSkills;

public sealed record AppointmentDto(
    Guid Id,
    Guid TalentId,
    string SkillLevel,
    string OccupationCode,
    AppointmentTier Tier,
    string AppointingBody,
    string? DistrictCode,
    Guid? EnterpriseId,
    DateOnly From,
    DateOnly? Until)
{
    public static AppointmentDto Of(Appointment a) =>
        new(a.Id.Value, a.TalentId.Value, a.SkillLevelCode, a.OccupationCode, a.Tier, a.AppointingBody, a.DistrictCode, a.EnterpriseId?.Value, a.From, a.Until);
}
