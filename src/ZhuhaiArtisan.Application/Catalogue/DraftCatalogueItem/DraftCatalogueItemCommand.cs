using Mediator;
using ZhuhaiArtisan.Application.Catalogue.Common;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;

namespace ZhuhaiArtisan.Application.Catalogue.DraftCatalogueItem;

/// <summary>An institution with a valid training qualification drafts an item of its own.</summary>
public sealed record DraftCatalogueItemCommand(
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
