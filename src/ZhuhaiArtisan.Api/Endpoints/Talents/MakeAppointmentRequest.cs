namespace ZhuhaiArtisan.Api.Endpoints.Talents;

/// <param name="SkillLevel">principal-technician (特级技师) or chief-technician (首席技师).</param>
public sealed record MakeAppointmentRequest(string? SkillLevel, string? OccupationCode, string? AppointingBody, DateOnly? From, DateOnly? Until);
