using Mediator;
using ZhuhaiArtisan.Application.Training.Common;

namespace ZhuhaiArtisan.Application.Training.PushTrainingClasses;

/// <summary>技行珠海 pushes classes of online or blended items: each row created, or updated by its external id.</summary>
public sealed record PushTrainingClassesCommand(IReadOnlyList<TrainingClassPushRow?>? Rows) : ICommand<PartnerPushResultDto>;
