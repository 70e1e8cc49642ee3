using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;

namespace ZhuhaiArtisan.Api.Endpoints.Catalogue;

/// <summary>An item's content, to draft it or to replace it: every field is given. Money is CNY with at most two decimals.</summary>
public sealed record CatalogueItemRequest(
    string? Title,
    string? OccupationCode,
    string? SkillLevel,
    TrainingType? TrainingType,
    int? TheoryHours,
    int? PracticeHours,
    decimal? FeePerPerson,
    DeliveryMode? DeliveryMode,
    IReadOnlyList<string>? Clusters,
    bool? IsUrgentlyNeeded,
    bool? IsNewOccupation,
    DateOnly? ValidFrom,
    DateOnly? ValidUntil);
