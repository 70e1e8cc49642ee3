using ZhuhaiArtisan.DataGenerator.Common;
using ZhuhaiArtisan.DataGenerator.ReferenceData;
using ZhuhaiArtisan.DataGenerator.Talents;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;
using ZhuhaiArtisan.Domain.ReferenceData.SkillLevels;

namespace ZhuhaiArtisan.DataGenerator.Catalogue;

/// <summary>
/// What an institution offers: an occupation of the reference data, mostly in its own clusters and
/// weighted by demand (so 电工 and 焊工 are among the commonest); the level; hours, fee and the
/// training type of 珠府办函〔2023〕100号; the subsidy standard the city sets per level, never above
/// the fee.
/// </summary>
internal sealed class CatalogueContentFactory(ReferenceSnapshot reference)
{
    /// <summary>Occupations new since the 2015 classification (announced 2019–2022), flagged 新职业.</summary>
    private static readonly HashSet<string> NewOccupations = new(StringComparer.Ordinal)
    {
        "4-04-05-05", "4-04-05-07", "4-14-01-03", "6-25-04-09", "6-31-07-01", "6-31-07-02", "6-31-07-03",
    };

    private static readonly WeightedChoice<SkillLevel> Levels = new(
    [
        (SkillLevel.Junior, 30), (SkillLevel.Intermediate, 35), (SkillLevel.Senior, 22), (SkillLevel.Technician, 9), (SkillLevel.SeniorTechnician, 4),
    ]);

    private static readonly WeightedChoice<TrainingType> Types = new(
    [
        (TrainingType.SkillUpgrading, 35), (TrainingType.TargetedTraining, 15), (TrainingType.NewApprenticeship, 12),
        (TrainingType.StudentApprentice, 10), (TrainingType.DigitalLiteracy, 10), (TrainingType.SafetyProduction, 8),
    ]);

    private static readonly WeightedChoice<DeliveryMode> Modes = new([(DeliveryMode.Offline, 50), (DeliveryMode.Blended, 30), (DeliveryMode.Online, 20)]);

    private readonly OccupationChoice _occupations = new(reference);

    private readonly Dictionary<string, OccupationInfo> _byCode = reference.Occupations.ToDictionary(o => o.Code, StringComparer.Ordinal);

    /// <summary>The city's standard per person by level, CNY (the programme's, not the institution's).</summary>
    public static decimal StandardOf(SkillLevel level) => level.Rank switch
    {
        <= 2 => 1_200m,
        3 => 1_800m,
        4 => 2_500m,
        5 => 3_500m,
        _ => 4_500m,
    };

    public OccupationInfo Occupation(Random random, IReadOnlyList<string> clusters, string? preferredCode) =>
        preferredCode is not null && _byCode.TryGetValue(preferredCode, out var preferred) ? preferred : _occupations.Next(random, clusters);

    public (CatalogueItemContent Content, SkillLevel Level) Create(
        Random random, OccupationInfo occupation, IReadOnlyList<string> institutionClusters, DateOnly validFrom, DateOnly validUntil)
    {
        var level = Levels.Next(random);
        var type = Types.Next(random);
        var mode = Modes.Next(random);

        // Hours rise with the level; about a third theory. Whole hours, in half-days of four.
        var hours = 4 * (int)Math.Round((24 + (16 * level.Rank) + (random.NextDouble() * 12 * level.Rank)) / 4);
        var theory = 4 * (int)Math.Round(hours * (0.25 + (0.2 * random.NextDouble())) / 4);
        var fee = Math.Round(hours * (28m + (decimal)(random.NextDouble() * 17)) / 100m) * 100m;

        var shared = occupation.Clusters.Intersect(institutionClusters, StringComparer.Ordinal).ToList();
        var clusters = shared.Count > 0 ? shared : occupation.Clusters.Take(1 + random.Next(2)).ToList();
        var isNew = NewOccupations.Contains(occupation.Code) || occupation.Code.StartsWith("2-02-38", StringComparison.Ordinal);
        var urgent = random.Chance(clusters.Count > 0 ? 0.35 : 0.1);

        var content = new CatalogueItemContent(
            Title(occupation.NameZh, level, type), occupation.Code, level.Code, type, theory, hours - theory, fee, mode, clusters, urgent, isNew,
            validFrom, validUntil);
        return (content, level);
    }

    private static string Title(string occupation, SkillLevel level, TrainingType type) => type switch
    {
        TrainingType.NewApprenticeship => $"{occupation}企业新型学徒制培训（{level.NameZh}）",
        TrainingType.TargetedTraining => $"{occupation}（{level.NameZh}）定向技能培训",
        TrainingType.StudentApprentice => $"{occupation}技培生培训（{level.NameZh}）",
        TrainingType.DigitalLiteracy => $"{occupation}数字技能提升培训（{level.NameZh}）",
        TrainingType.SafetyProduction => $"{occupation}安全生产与质量管理培训（{level.NameZh}）",
        _ => $"{occupation}（{level.NameZh}）职业技能提升培训",
    };
}
