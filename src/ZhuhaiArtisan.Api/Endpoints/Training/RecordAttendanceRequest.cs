namespace ZhuhaiArtisan.Api.Endpoints.Training;

/// <param name="Hours">Hours attended that day: more than 0, at most 24, two decimal places at most.</param>
public sealed record RecordAttendanceRequest(decimal? Hours);
