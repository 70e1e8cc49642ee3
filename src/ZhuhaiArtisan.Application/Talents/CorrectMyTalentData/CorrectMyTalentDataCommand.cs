using Mediator;
using ZhuhaiArtisan.Application.Common.Concurrency;
using ZhuhaiArtisan.Application.Talents.Common;
using ZhuhaiArtisan.Domain.Talents;

namespace ZhuhaiArtisan.Application.Talents.CorrectMyTalentData;

/// <summary>
/// The person corrects their record (个人信息保护法 art. 46). The identity document, the employer
/// and the school are not theirs to change: those are corrected by whoever vouches for them.
/// </summary>
public sealed record CorrectMyTalentDataCommand(
    VersionPrecondition IfMatch,
    string? Name,
    string? Phone,
    string? ResidenceDistrictCode,
    TalentOrigin? Origin,
    string? Major,
    DateOnly? GraduationDate,
    JobWishesInput? Wishes) : ICommand<TalentDto>;
