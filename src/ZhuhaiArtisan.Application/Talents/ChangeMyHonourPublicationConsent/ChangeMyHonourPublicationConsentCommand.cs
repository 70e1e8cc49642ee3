using Mediator;
using ZhuhaiArtisan.Application.Common.Concurrency;
using ZhuhaiArtisan.Application.Talents.GetTalentSkills;

namespace ZhuhaiArtisan.Application.Talents.ChangeMyHonourPublicationConsent;

/// <summary>
/// The person gives or withdraws consent to one of their titles appearing on the public honour
/// roll (个人信息保护法 art. 15): whoever conferred it may have asked, but only the person decides.
/// </summary>
public sealed record ChangeMyHonourPublicationConsentCommand(Guid HonourId, VersionPrecondition IfMatch, bool? PublicationConsented) : ICommand<HonourDto>;
