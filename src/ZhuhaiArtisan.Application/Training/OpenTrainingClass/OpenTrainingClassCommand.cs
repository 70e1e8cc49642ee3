using Mediator;
using ZhuhaiArtisan.Application.Training.Common;

namespace ZhuhaiArtisan.Application.Training.OpenTrainingClass;

/// <summary>
/// The institution opens a class of one of its approved items that takes enrolment; 技行珠海
/// may open one of an online or blended item on the institution's behalf.
/// </summary>
public sealed record OpenTrainingClassCommand(
    Guid? CatalogueItemId,
    DateOnly? StartDate,
    DateOnly? EndDate,
    int? Capacity,
    string? Venue) : ICommand<TrainingClassDto>;
