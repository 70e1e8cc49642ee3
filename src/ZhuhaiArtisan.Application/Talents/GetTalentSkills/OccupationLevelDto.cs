namespace ZhuhaiArtisan.Application.Talents.GetTalentSkills;

/// <summary>
/// A talent's level in one occupation: the highest of their certificates, raised by an appointment
/// in force (特级技师, 首席技师).
/// </summary>
public sealed record OccupationLevelDto(string OccupationCode, string SkillLevel, bool IsHighSkill, string ReachedBy);
