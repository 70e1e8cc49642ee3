using Mediator;
using ZhuhaiArtisan.Application.Organizations.Common;
using ZhuhaiArtisan.Domain.Organizations;

namespace ZhuhaiArtisan.Application.Organizations.RegisterOrganization;

public sealed record RegisterOrganizationCommand(
    string? CreditCode,
    string? Name,
    OrganizationType? Type,
    string? DistrictCode,
    IReadOnlyList<string>? Clusters,
    ContactDetailsInput? Contact) : ICommand<OrganizationDto>;
