namespace ZhuhaiArtisan.Application.Training.PushTrainingClasses;

/// <summary>A class as 技行珠海 keeps it, under its own id; the catalogue item cannot change once pushed.</summary>
public sealed record TrainingClassPushRow(
    string? ExternalId,
    Guid? CatalogueItemId,
    DateOnly? StartDate,
    DateOnly? EndDate,
    int? Capacity,
    string? Venue);
