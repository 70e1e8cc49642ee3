namespace ZhuhaiArtisan.Application.ReferenceData.GetSkillLevels;

public sealed record SkillLevelDto(
    string Code,
    string NameZh,
    string NameEn,
    int Rank,
    string? NationalGrade,
    bool IsHighSkill,
    bool IsReachedByAppointment);
