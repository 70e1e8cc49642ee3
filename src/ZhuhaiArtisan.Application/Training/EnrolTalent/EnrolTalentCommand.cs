using Mediator;
using ZhuhaiArtisan.Application.Training.Common;

namespace ZhuhaiArtisan.Application.Training.EnrolTalent;

/// <summary>
/// Enrols a talent in a class: by talent id, or by identity document (<see cref="TraineeInput"/>),
/// which links to the registered talent or registers them. Exactly one of the two is given.
/// </summary>
public sealed record EnrolTalentCommand(Guid ClassId, Guid? TalentId, TraineeInput? Trainee) : ICommand<EnrolmentDto>;
