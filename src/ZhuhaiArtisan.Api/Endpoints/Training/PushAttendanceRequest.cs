using ZhuhaiArtisan.Application.Training.PushAttendance;

namespace ZhuhaiArtisan.Api.Endpoints.Training;

/// <param name="Rows">1 to 10,000 attendance rows, each under the partner's own externalId.</param>
public sealed record PushAttendanceRequest(IReadOnlyList<AttendancePushRow?>? Rows);
