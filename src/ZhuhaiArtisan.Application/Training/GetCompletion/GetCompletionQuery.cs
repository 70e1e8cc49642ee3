using Mediator;
using ZhuhaiArtisan.Application.Training.Common;

namespace ZhuhaiArtisan.Application.Training.GetCompletion;

public sealed record GetCompletionQuery(Guid ClassId, Guid CompletionId) : IQuery<TrainingCompletionDto>;
