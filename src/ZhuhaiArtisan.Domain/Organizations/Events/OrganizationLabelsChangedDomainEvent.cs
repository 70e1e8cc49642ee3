using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Organizations.Events;

public sealed record OrganizationLabelsChangedDomainEvent(
    OrganizationId OrganizationId,
    OrganizationLabels Before,
    OrganizationLabels After,
    DateTimeOffset OccurredAt) : IDomainEvent;
