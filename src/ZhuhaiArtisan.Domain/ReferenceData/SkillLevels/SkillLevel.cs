namespace ZhuhaiArtisan.Domain.ReferenceData.SkillLevels;

/// <summary>
/// The “新八级工” ladder in order. The first six are reached by a skill certificate; 特级技师 and
/// 首席技师 are posts filled by appointment, so they have no national grade.
/// </summary>
public sealed record SkillLevel(
    string Code,
    string NameZh,
    string NameEn,
    int Rank,
    string? NationalGrade,
    bool IsReachedByAppointment)
{
    /// <summary>高技能人才 are 高级工 and above.</summary>
    public bool IsHighSkill => Rank >= Senior.Rank;

    public static readonly SkillLevel Apprentice = new("apprentice", "学徒工", "Apprentice", 1, null, false);
    public static readonly SkillLevel Junior = new("junior", "初级工", "Junior worker", 2, "五级", false);
    public static readonly SkillLevel Intermediate = new("intermediate", "中级工", "Intermediate worker", 3, "四级", false);
    public static readonly SkillLevel Senior = new("senior", "高级工", "Senior worker", 4, "三级", false);
    public static readonly SkillLevel Technician = new("technician", "技师", "Technician", 5, "二级", false);
    public static readonly SkillLevel SeniorTechnician = new("senior-technician", "高级技师", "Senior technician", 6, "一级", false);
    public static readonly SkillLevel PrincipalTechnician = new("principal-technician", "特级技师", "Principal technician", 7, null, true);
    public static readonly SkillLevel ChiefTechnician = new("chief-technician", "首席技师", "Chief technician", 8, null, true);

    public static IReadOnlyList<SkillLevel> All { get; } =
    [
        Apprentice, Junior, Intermediate, Senior, Technician, SeniorTechnician, PrincipalTechnician, ChiefTechnician,
    ];

    public static SkillLevel? FindByCode(string? code) =>
        All.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.Ordinal));
}
