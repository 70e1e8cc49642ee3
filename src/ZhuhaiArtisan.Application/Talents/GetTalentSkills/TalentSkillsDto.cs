namespace ZhuhaiArtisan.Application.Talents.GetTalentSkills;

/// <summary>What a talent can prove: levels per occupation, and the certificates, appointments and honours behind them.</summary>
public sealed record TalentSkillsDto(
    Guid TalentId,
    IReadOnlyList<OccupationLevelDto> Levels,
    IReadOnlyList<SkillCertificateDto> Certificates,
    IReadOnlyList<AppointmentDto> Appointments,
    IReadOnlyList<HonourDto> Honours);
