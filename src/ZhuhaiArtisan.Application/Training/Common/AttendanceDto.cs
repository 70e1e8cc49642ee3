using ZhuhaiArtisan.Domain.Training.Enrolments;

namespace ZhuhaiArtisan.Application.Training.Common;

public sealed record AttendanceDto(Guid EnrolmentId, DateOnly SessionDate, decimal Hours, DateTimeOffset RecordedAt)
{
    public static AttendanceDto Of(AttendanceRecord record) =>
        new(record.EnrolmentId.Value, record.SessionDate, Common.Hours.Of(record.Hours), record.RecordedAt);
}
