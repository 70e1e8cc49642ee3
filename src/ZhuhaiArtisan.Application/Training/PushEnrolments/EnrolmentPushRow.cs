using ZhuhaiArtisan.Application.Training.Common;

namespace ZhuhaiArtisan.Application.Training.PushEnrolments;

/// <summary>
/// An enrolment as 技行珠海 keeps it: the class by the platform's id or by the partner's own
/// (classExternalId, as pushed), and the talent by id or by identity document (trainee), which
/// links to the registered talent or registers them.
/// </summary>
public sealed record EnrolmentPushRow(
    string? ExternalId,
    Guid? ClassId,
    string? ClassExternalId,
    Guid? TalentId,
    TraineeInput? Trainee);
