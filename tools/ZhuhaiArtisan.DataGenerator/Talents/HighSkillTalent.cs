using ZhuhaiArtisan.DataGenerator.Organizations;
using ZhuhaiArtisan.DataGenerator.ReferenceData;
using ZhuhaiArtisan.Domain.Talents;

namespace ZhuhaiArtisan.DataGenerator.Talents;

/// <summary>A 高技能人才 (高级工 or above): who appointments and honours go to.</summary>
internal sealed record HighSkillTalent(
    TalentId Id,
    int TopRank,
    OccupationInfo Occupation,
    GeneratedOrganization? Employer,
    string DistrictCode,
    DateTimeOffset RecordedAt);
