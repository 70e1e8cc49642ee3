using ZhuhaiArtisan.Application.Common.Money;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;

namespace ZhuhaiArtisan.Application.Catalogue.Common;

/// <summary>An item as its institution and the city see it, with its review status; the ETag is its version.</summary>
public sealed record CatalogueItemDto(
    Guid Id,
    Guid InstitutionId,
    string Title,
    string OccupationCode,
    string SkillLevel,
    TrainingType TrainingType,
    int TheoryHours,
    int PracticeHours,
    int TotalHours,
    decimal FeePerPerson,
    DeliveryMode DeliveryMode,
    IReadOnlyList<string> Clusters,
    bool IsUrgentlyNeeded,
    bool IsNewOccupation,
    DateOnly ValidFrom,
    DateOnly ValidUntil,
    CatalogueItemStatus Status,
    decimal? SubsidyPerPerson,
    string? SubsidyBasis,
    CatalogueRejectionReason? RejectionReason,
    string? StatusNote,
    int? LastPublishedEdition,
    DateTimeOffset DraftedAt,
    DateTimeOffset StatusChangedAt,
    int Version)
{
    public static CatalogueItemDto Of(CatalogueItem item) =>
        new(
            item.Id.Value,
            item.InstitutionId.Value,
            item.Title,
            item.OccupationCode,
            item.SkillLevelCode,
            item.TrainingType,
            item.TheoryHours,
            item.PracticeHours,
            item.TotalHours,
            Cny.TwoPlaces(item.FeePerPerson),
            item.DeliveryMode,
            item.ClusterCodes,
            item.IsUrgentlyNeeded,
            item.IsNewOccupation,
            item.ValidFrom,
            item.ValidUntil,
            item.Status,
            item.SubsidyPerPerson is { } subsidy ? Cny.TwoPlaces(subsidy) : null,
            item.SubsidyBasis,
            item.RejectionReason,
            item.StatusNote,
            item.LastPublishedEdition,
            item.DraftedAt,
            item.StatusChangedAt,
            item.Version);
}
