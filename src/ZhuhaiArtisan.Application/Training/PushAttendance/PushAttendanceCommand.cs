using Mediator;
using ZhuhaiArtisan.Application.Training.Common;

namespace ZhuhaiArtisan.Application.Training.PushAttendance;

/// <summary>技行珠海 pushes attendance: hours per enrolment and session date, each row under its external id.</summary>
public sealed record PushAttendanceCommand(IReadOnlyList<AttendancePushRow?>? Rows) : ICommand<PartnerPushResultDto>;
