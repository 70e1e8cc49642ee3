using Mediator;
using ZhuhaiArtisan.Application.Talents.Common;

namespace ZhuhaiArtisan.Application.Talents.GetMyTalentData;

/// <summary>Everything the platform holds on the calling person, unmasked (个人信息保护法 art. 45).</summary>
public sealed record GetMyTalentDataQuery : IQuery<TalentDto>;
