namespace ZhuhaiArtisan.Domain.Talents;

/// <summary>What a job-seeking talent is looking for. Wages are monthly, in CNY.</summary>
public sealed record JobWishes(
    JobSeekingStatus Status,
    IReadOnlyList<string> OccupationCodes,
    IReadOnlyList<string> DistrictCodes,
    decimal? MonthlyWageMin,
    decimal? MonthlyWageMax)
{
    public const int MaxOccupations = 10;

    public static JobWishes None { get; } = new(JobSeekingStatus.NotSeeking, [], [], null, null);
}
