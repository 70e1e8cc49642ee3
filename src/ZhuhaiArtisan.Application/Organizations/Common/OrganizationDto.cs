using ZhuhaiArtisan.Domain.Organizations;

namespace ZhuhaiArtisan.Application.Organizations.Common;

public sealed record OrganizationDto(
    Guid Id,
    string CreditCode,
    string Name,
    OrganizationType Type,
    string DistrictCode,
    IReadOnlyList<string> Clusters,
    ContactDetailsDto Contact,
    OrganizationLabelsDto Labels,
    DateTimeOffset RegisteredAt,
    int Version);
