using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Organizations.Events;

public sealed record OrganizationContactDetailsChangedDomainEvent(OrganizationId OrganizationId, DateTimeOffset OccurredAt) : IDomainEvent;
