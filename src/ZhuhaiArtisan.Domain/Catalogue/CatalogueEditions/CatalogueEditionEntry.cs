using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;
using ZhuhaiArtisan.Domain.Organizations;

namespace ZhuhaiArtisan.Domain.Catalogue.CatalogueEditions;

/// <summary>
/// An item as an edition published it: its content, the subsidy standard, and the names of its
/// occupation and institution as they were that day. Written once with the edition, never
/// changed; the item's later status is read from the item itself.
/// </summary>
public sealed class CatalogueEditionEntry
{
    private CatalogueEditionEntry()
    {
    }

    public int EditionNumber { get; private set; }

    /// <summary>The entry's place in the edition (1, 2, …): the order lists and exports follow.</summary>
    public int Position { get; private set; }

    public CatalogueItemId ItemId { get; private set; }

    public string Title { get; private set; } = null!;

    public string OccupationCode { get; private set; } = null!;

    public string OccupationName { get; private set; } = null!;

    public string SkillLevelCode { get; private set; } = null!;

    public TrainingType TrainingType { get; private set; }

    public int TheoryHours { get; private set; }

    public int PracticeHours { get; private set; }

    public decimal FeePerPerson { get; private set; }

    public decimal SubsidyPerPerson { get; private set; }

    public DeliveryMode DeliveryMode { get; private set; }

    /// <summary>The clusters served, as a <see cref="ClusterSet"/>.</summary>
    public int Clusters { get; private set; }

    public bool IsUrgentlyNeeded { get; private set; }

    public bool IsNewOccupation { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    public DateOnly ValidUntil { get; private set; }

    public OrganizationId InstitutionId { get; private set; }

    public string InstitutionName { get; private set; } = null!;

    /// <summary>The institution's district when the edition was published.</summary>
    public string DistrictCode { get; private set; } = null!;

    /// <summary>Occupation name, title and institution name, normalised for search (<see cref="CatalogueSearchText"/>).</summary>
    public string SearchText { get; private set; } = null!;

    public IReadOnlyList<string> ClusterCodes => ClusterSet.CodesOf(Clusters);

    /// <summary>Whether an entry with this live status takes new enrolment on a day: active, and within its validity.</summary>
    public static bool AcceptsEnrolment(CatalogueLiveStatus liveStatus, DateOnly validFrom, DateOnly validUntil, DateOnly today) =>
        liveStatus == CatalogueLiveStatus.Active && validFrom <= today && today <= validUntil;

    public static CatalogueEditionEntry Snapshot(int editionNumber, int position, CatalogueItem item, string occupationName, Organization institution)
    {
        if (item.Status != CatalogueItemStatus.Approved || item.SubsidyPerPerson is not { } subsidy)
        {
            throw new InvalidOperationException($"Only approved items are published; item {item.Id} is {item.Status}.");
        }

        return new CatalogueEditionEntry
        {
            EditionNumber = editionNumber,
            Position = position,
            ItemId = item.Id,
            Title = item.Title,
            OccupationCode = item.OccupationCode,
            OccupationName = occupationName,
            SkillLevelCode = item.SkillLevelCode,
            TrainingType = item.TrainingType,
            TheoryHours = item.TheoryHours,
            PracticeHours = item.PracticeHours,
            FeePerPerson = item.FeePerPerson,
            SubsidyPerPerson = subsidy,
            DeliveryMode = item.DeliveryMode,
            Clusters = ClusterSet.Of(item.ClusterCodes),
            IsUrgentlyNeeded = item.IsUrgentlyNeeded,
            IsNewOccupation = item.IsNewOccupation,
            ValidFrom = item.ValidFrom,
            ValidUntil = item.ValidUntil,
            InstitutionId = institution.Id,
            InstitutionName = institution.Name,
            DistrictCode = institution.DistrictCode,
            SearchText = CatalogueSearchText.Of(occupationName, item.Title, institution.Name),
        };
    }

    /// <summary>The rows that let search find this entry by its text.</summary>
    public IEnumerable<CatalogueEditionGram> Grams() =>
        CatalogueSearchText.GramsOf(SearchText).Select(gram => new CatalogueEditionGram(EditionNumber, gram, Position));
}
