using Mediator;
using ZhuhaiArtisan.Application.Organizations.Common;

namespace ZhuhaiArtisan.Application.Organizations.GetOrganization;

public sealed record GetOrganizationQuery(Guid Id) : IQuery<OrganizationDto>;
