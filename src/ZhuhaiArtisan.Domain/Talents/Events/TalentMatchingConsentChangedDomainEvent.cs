using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Talents.Events;

public sealed record TalentMatchingConsentChangedDomainEvent(TalentId TalentId, bool ConsentsToMatching, DateTimeOffset OccurredAt) : IDomainEvent;
