using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Organizations.Events;

public sealed record OrganizationRegisteredDomainEvent(
    OrganizationId OrganizationId,
    OrganizationType Type,
    string DistrictCode,
    DateTimeOffset OccurredAt) : IDomainEvent;
