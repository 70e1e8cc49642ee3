using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Talents.Events;

public sealed record TalentRegisteredDomainEvent(TalentId TalentId, LegalBasis LegalBasis, DateTimeOffset OccurredAt) : IDomainEvent;
