using Mediator;
using ZhuhaiArtisan.Application.Talents.GetTalentSkills;

namespace ZhuhaiArtisan.Application.Talents.MakeAppointment;

/// <summary>
/// Appoints a talent 特级技师 or 首席技师 in an occupation. The tier follows the caller: the city
/// appoints at city level, a district for the talents living in it, an enterprise its employees.
/// </summary>
public sealed record MakeAppointmentCommand(
    Guid TalentId,
    string? SkillLevel,
    string? OccupationCode,
    string? AppointingBody,
    DateOnly? From,
    DateOnly? Until) : ICommand<AppointmentDto>;
