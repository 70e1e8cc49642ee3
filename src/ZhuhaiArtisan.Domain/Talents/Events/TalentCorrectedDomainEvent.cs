using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Talents.Events;

public sealed record TalentCorrectedDomainEvent(TalentId TalentId, DateTimeOffset OccurredAt) : IDomainEvent;
