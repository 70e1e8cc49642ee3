using ZhuhaiArtisan.Application.Talents.Common;
using ZhuhaiArtisan.Application.Talents.GetTalentSkills;

namespace ZhuhaiArtisan.Application.Talents.GetMyTalentData;

/// <summary>The person's record, unmasked, with everything recorded on them: certificates, appointments and honours.</summary>
public sealed record MyTalentDataDto : TalentDto
{
    public MyTalentDataDto(TalentDto talent, TalentSkillsDto skills)
        : base(talent) => Skills = skills;

    public TalentSkillsDto Skills { get; }
}
