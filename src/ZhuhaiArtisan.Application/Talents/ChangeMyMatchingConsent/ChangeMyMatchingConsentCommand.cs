using Mediator;
using ZhuhaiArtisan.Application.Common.Concurrency;
using ZhuhaiArtisan.Application.Talents.Common;

namespace ZhuhaiArtisan.Application.Talents.ChangeMyMatchingConsent;

/// <summary>The person gives or withdraws consent to be matched with enterprises (个人信息保护法 art. 15).</summary>
public sealed record ChangeMyMatchingConsentCommand(VersionPrecondition IfMatch, bool? ConsentsToMatching) : ICommand<TalentDto>;
