using Mediator;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Organizations.Common;
using ZhuhaiArtisan.Domain.Organizations;

namespace ZhuhaiArtisan.Application.Organizations.ListOrganizations;

/// <summary>Organisations the caller may see, ordered by credit code, filtered by any of the criteria.</summary>
public sealed record ListOrganizationsQuery(
    OrganizationType? Type,
    string? District,
    string? Cluster,
    OrganizationLabel? Label,
    int? Limit,
    string? Cursor) : IQuery<Page<OrganizationDto>>;
