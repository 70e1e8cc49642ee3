using ZhuhaiArtisan.Application.Training.Common;

namespace ZhuhaiArtisan.Application.Training.ListMyEnrolments;

/// <summary>An enrolment as its trainee sees it: the class and the hours attended of the hours planned.</summary>
public sealed record MyEnrolmentDto(Guid Id, decimal AttendedHours, DateTimeOffset EnrolledAt, TrainingClassDto Class);
