using ZhuhaiArtisan.Application.Training.PushTrainingClasses;

namespace ZhuhaiArtisan.Api.Endpoints.Training;

/// <param name="Rows">1 to 10,000 classes, each under the partner's own externalId.</param>
public sealed record PushTrainingClassesRequest(IReadOnlyList<TrainingClassPushRow?>? Rows);
