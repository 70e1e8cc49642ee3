using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;
using ZhuhaiArtisan.Domain.Training.TrainingClasses;

namespace ZhuhaiArtisan.Application.Training.Common;

/// <summary>A class (开班) with its seats taken and left; the ETag is its version.</summary>
public sealed record TrainingClassDto(
    Guid Id,
    Guid CatalogueItemId,
    Guid InstitutionId,
    DeliveryMode DeliveryMode,
    string? Venue,
    DateOnly StartDate,
    DateOnly EndDate,
    int Capacity,
    int EnrolledCount,
    int SeatsLeft,
    int PlannedHours,
    Guid? OpenedByPartner,
    DateTimeOffset OpenedAt,
    int Version)
{
    public static TrainingClassDto Of(TrainingClass c) =>
        new(
            c.Id.Value,
            c.CatalogueItemId.Value,
            c.InstitutionId.Value,
            c.DeliveryMode,
            c.Venue,
            c.StartDate,
            c.EndDate,
            c.Capacity,
            c.EnrolledCount,
            Math.Max(0, c.Capacity - c.EnrolledCount),
            c.PlannedHours,
            c.OpenedByPartner?.Value,
            c.OpenedAt,
            c.Version);
}
