using Mediator;
using ZhuhaiArtisan.Application.Catalogue.Common;
using ZhuhaiArtisan.Application.Common.Concurrency;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;

namespace ZhuhaiArtisan.Application.Catalogue.ReviseCatalogueItem;

/// <summary>
/// The institution replaces its item's content (a draft, a rejected item, or an approved one,
/// which then goes back to review). Every field is stated, so nothing changes by omission.
/// </summary>
public sealed record ReviseCatalogueItemCommand(
    Guid Id,
    VersionPrecondition IfMatch,
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
    DateOnly? ValidUntil) : ICommand<CatalogueItemDto>, ICatalogueItemInput;
