using ZhuhaiArtisan.Domain.Talents;

namespace ZhuhaiArtisan.Application.Talents.Common;

/// <summary>Monthly wages in CNY.</summary>
public sealed record JobWishesDto(
    JobSeekingStatus Status,
    IReadOnlyList<string> OccupationCodes,
    IReadOnlyList<string> DistrictCodes,
    decimal? MonthlyWageMin,
    decimal? MonthlyWageMax);
