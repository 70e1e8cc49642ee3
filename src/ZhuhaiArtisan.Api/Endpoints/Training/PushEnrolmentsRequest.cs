using ZhuhaiArtisan.Application.Training.PushEnrolments;

namespace ZhuhaiArtisan.Api.Endpoints.Training;

/// <param name="Rows">1 to 10,000 enrolments, each under the partner's own externalId.</param>
public sealed record PushEnrolmentsRequest(IReadOnlyList<EnrolmentPushRow?>? Rows);
