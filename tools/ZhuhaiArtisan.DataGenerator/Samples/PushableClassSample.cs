namespace ZhuhaiArtisan.DataGenerator.Samples;

/// <summary>An online class still open to enrolment at the as-of day and for two weeks after, with its free seats: 技行珠海 may push enrolments into it.</summary>
internal sealed record PushableClassSample(Guid ClassId, int FreeSeats, string EndDate);
