using Mediator;
using ZhuhaiArtisan.Application.Common.Concurrency;
using ZhuhaiArtisan.Application.Training.Common;

namespace ZhuhaiArtisan.Application.Training.RecordAttendance;

/// <summary>The hours a trainee attended on a session date; a second report for the date replaces the first.</summary>
public sealed record RecordAttendanceCommand(Guid ClassId, Guid EnrolmentId, DateOnly SessionDate, VersionPrecondition IfMatch, decimal? Hours) : ICommand<EnrolmentDto>;
