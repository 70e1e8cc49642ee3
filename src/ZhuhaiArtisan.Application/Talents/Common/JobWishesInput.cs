using ZhuhaiArtisan.Domain.Talents;

namespace ZhuhaiArtisan.Application.Talents.Common;

public sealed record JobWishesInput(
    JobSeekingStatus? Status,
    IReadOnlyList<string>? OccupationCodes,
    IReadOnlyList<string>? DistrictCodes,
    decimal? MonthlyWageMin,
    decimal? MonthlyWageMax)
{
    public JobWishes ToJobWishes() =>
        new(Status ?? JobSeekingStatus.NotSeeking, OccupationCodes ?? [], DistrictCodes ?? [], MonthlyWageMin, MonthlyWageMax);
}
