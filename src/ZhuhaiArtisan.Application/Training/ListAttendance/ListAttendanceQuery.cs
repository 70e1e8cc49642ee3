using Mediator;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Training.Common;

namespace ZhuhaiArtisan.Application.Training.ListAttendance;

/// <summary>An enrolment's attendance, by session date (at most one a day, so the list is bounded by the class period).</summary>
public sealed record ListAttendanceQuery(Guid ClassId, Guid EnrolmentId) : IQuery<ItemList<AttendanceDto>>;
