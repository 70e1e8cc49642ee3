using ZhuhaiArtisan.Application.Common.Money;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueEditions;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;

namespace ZhuhaiArtisan.Application.Catalogue.Common;

/// <summary>
/// An item as an edition published it, with its live status today: suspended, withdrawn or under
/// review again since publication, it is shown so and takes no new enrolment.
/// </summary>
public sealed record CatalogueEditionItemDto(
    int EditionNumber,
    int Position,
    Guid ItemId,
    string Title,
    string OccupationCode,
    string OccupationName,
    string SkillLevel,
    TrainingType TrainingType,
    int TheoryHours,
    int PracticeHours,
    int TotalHours,
    decimal FeePerPerson,
    decimal SubsidyPerPerson,
    DeliveryMode DeliveryMode,
    IReadOnlyList<string> Clusters,
    bool IsUrgentlyNeeded,
    bool IsNewOccupation,
    DateOnly ValidFrom,
    DateOnly ValidUntil,
    Guid InstitutionId,
    string InstitutionName,
    string DistrictCode,
    CatalogueLiveStatus LiveStatus,
    bool AcceptsEnrolment)
{
    public static CatalogueEditionItemDto Of(PublishedEntry published, DateOnly today)
    {
        var e = published.Entry;
        var live = CatalogueItem.LiveStatusOf(published.Status);
        return new(
            e.EditionNumber,
            e.Position,
            e.ItemId.Value,
            e.Title,
            e.OccupationCode,
            e.OccupationName,
            e.SkillLevelCode,
            e.TrainingType,
            e.TheoryHours,
            e.PracticeHours,
            e.TheoryHours + e.PracticeHours,
            Cny.TwoPlaces(e.FeePerPerson),
            Cny.TwoPlaces(e.SubsidyPerPerson),
            e.DeliveryMode,
            e.ClusterCodes,
            e.IsUrgentlyNeeded,
            e.IsNewOccupation,
            e.ValidFrom,
            e.ValidUntil,
            e.InstitutionId.Value,
            e.InstitutionName,
            e.DistrictCode,
            live,
            CatalogueEditionEntry.AcceptsEnrolment(live, e.ValidFrom, e.ValidUntil, today));
    }
}
