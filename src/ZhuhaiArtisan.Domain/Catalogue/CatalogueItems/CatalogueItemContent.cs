using ZhuhaiArtisan.Domain.ReferenceData.IndustryClusters;

namespace ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;

/// <summary>
/// What an institution offers in an item: everything it drafts and edits. The subsidy standard is
/// not part of it: public money is set by the city when it approves.
/// </summary>
public sealed record CatalogueItemContent
{
    public CatalogueItemContent(
        string title,
        string occupationCode,
        string skillLevelCode,
        TrainingType trainingType,
        int theoryHours,
        int practiceHours,
        decimal feePerPerson,
        DeliveryMode deliveryMode,
        IEnumerable<string> clusterCodes,
        bool isUrgentlyNeeded,
        bool isNewOccupation,
        DateOnly validFrom,
        DateOnly validUntil)
    {
        Title = title;
        OccupationCode = occupationCode;
        SkillLevelCode = skillLevelCode;
        TrainingType = trainingType;
        TheoryHours = theoryHours;
        PracticeHours = practiceHours;
        FeePerPerson = feePerPerson;
        DeliveryMode = deliveryMode;
        // One spelling of the same set, in the clusters' own order, so equal content compares equal.
        ClusterCodes = clusterCodes.Distinct(StringComparer.Ordinal)
            .OrderBy(code => IndustryCluster.FindByCode(code)?.Order ?? int.MaxValue)
            .ThenBy(code => code, StringComparer.Ordinal)
            .ToList();
        IsUrgentlyNeeded = isUrgentlyNeeded;
        IsNewOccupation = isNewOccupation;
        ValidFrom = validFrom;
        ValidUntil = validUntil;
    }

    public string Title { get; }

    public string OccupationCode { get; }

    public string SkillLevelCode { get; }

    public TrainingType TrainingType { get; }

    public int TheoryHours { get; }

    public int PracticeHours { get; }

    public decimal FeePerPerson { get; }

    public DeliveryMode DeliveryMode { get; }

    public IReadOnlyList<string> ClusterCodes { get; }

    /// <summary>急需紧缺: the city's programmes favour them (§三(一)3).</summary>
    public bool IsUrgentlyNeeded { get; }

    /// <summary>新职业新工种 (§三(一)3).</summary>
    public bool IsNewOccupation { get; }

    public DateOnly ValidFrom { get; }

    public DateOnly ValidUntil { get; }

    public bool Equals(CatalogueItemContent? other) =>
        other is not null
        && Title == other.Title
        && OccupationCode == other.OccupationCode
        && SkillLevelCode == other.SkillLevelCode
        && TrainingType == other.TrainingType
        && TheoryHours == other.TheoryHours
        && PracticeHours == other.PracticeHours
        && FeePerPerson == other.FeePerPerson
        && DeliveryMode == other.DeliveryMode
        && ClusterCodes.SequenceEqual(other.ClusterCodes, StringComparer.Ordinal)
        && IsUrgentlyNeeded == other.IsUrgentlyNeeded
        && IsNewOccupation == other.IsNewOccupation
        && ValidFrom == other.ValidFrom
        && ValidUntil == other.ValidUntil;

    public override int GetHashCode() => HashCode.Combine(Title, OccupationCode, SkillLevelCode, TrainingType, FeePerPerson, ValidFrom, ValidUntil);
}
