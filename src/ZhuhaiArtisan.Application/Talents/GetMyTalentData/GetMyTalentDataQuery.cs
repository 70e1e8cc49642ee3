using Mediator;
using ZhuhaiArtisan.Application.Talents.Common;

namespace ZhuhaiArtisan.Application.Talents.GetMyTalentData;

/// <summary>Everything the platform holds on the calling person, unmasked, in one answer (个人信息保护法 art. 45).</summary>
public sealed record GetMyTalentDataQuery : IQuery<MyTalentDataDto>;
