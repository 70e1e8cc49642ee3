using ZhuhaiArtisan.DataGenerator.ReferenceData;
using ZhuhaiArtisan.Domain.ReferenceData.SkillLevels;
using ZhuhaiArtisan.Domain.Talents.SkillCertificates;

namespace ZhuhaiArtisan.DataGenerator.Talents;

/// <summary>A talent's certificates, oldest first, and the highest level they reached with it.</summary>
internal sealed record SkillHistory(IReadOnlyList<SkillCertificate> Certificates, SkillLevel? TopLevel, OccupationInfo? TopOccupation)
{
    public static SkillHistory None { get; } = new([], null, null);
}
