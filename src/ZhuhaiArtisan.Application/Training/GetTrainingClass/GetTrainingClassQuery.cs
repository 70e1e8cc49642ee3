using Mediator;
using ZhuhaiArtisan.Application.Training.Common;

namespace ZhuhaiArtisan.Application.Training.GetTrainingClass;

public sealed record GetTrainingClassQuery(Guid Id) : IQuery<TrainingClassDto>;
