using ZhuhaiArtisan.Application.Talents.Common;
using ZhuhaiArtisan.Domain.Talents;

namespace ZhuhaiArtisan.Api.Endpoints.Talents;

/// <summary>The whole correctable part of the caller's record.</summary>
public sealed record CorrectMyTalentDataRequest(
    string? Name,
    string? Phone,
    string? ResidenceDistrictCode,
    TalentOrigin? Origin,
    string? Major,
    DateOnly? GraduationDate,
    JobWishesInput? Wishes);
