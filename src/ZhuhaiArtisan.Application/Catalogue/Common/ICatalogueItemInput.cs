using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;

namespace ZhuhaiArtisan.Application.Catalogue.Common;

/// <summary>An item's content as a caller sends it, to draft an item or to revise one: validated alike.</summary>
public interface ICatalogueItemInput
{
    string? Title { get; }

    string? OccupationCode { get; }

    string? SkillLevel { get; }

    TrainingType? TrainingType { get; }

    int? TheoryHours { get; }

    int? PracticeHours { get; }

    decimal? FeePerPerson { get; }

    DeliveryMode? DeliveryMode { get; }

    IReadOnlyList<string>? Clusters { get; }

    bool? IsUrgentlyNeeded { get; }

    bool? IsNewOccupation { get; }

    DateOnly? ValidFrom { get; }

    DateOnly? ValidUntil { get; }
}
