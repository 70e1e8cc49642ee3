namespace ZhuhaiArtisan.Application.Training.PushAttendance;

/// <summary>Hours attended on a session date, for an enrolment named by the platform's id or the partner's own (enrolmentExternalId, as pushed).</summary>
public sealed record AttendancePushRow(
    string? ExternalId,
    Guid? EnrolmentId,
    string? EnrolmentExternalId,
    DateOnly? SessionDate,
    decimal? Hours);
