using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Concurrency;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Organizations.Common;
using ZhuhaiArtisan.Domain.Organizations;

namespace ZhuhaiArtisan.Application.Organizations.ChangeOrganizationLabels;

public sealed class ChangeOrganizationLabelsCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ChangeOrganizationLabelsCommand, OrganizationDto>
{
    public async ValueTask<OrganizationDto> Handle(ChangeOrganizationLabelsCommand command, CancellationToken cancellationToken)
    {
        // Labels decide money: only the city sets them, never the organisation or its district.
        user.EnsureCityAdmin("sets organisation labels");

        var id = new OrganizationId(command.Id);
        var organization = await db.Organizations
                               .Include(o => o.Clusters)
                               .SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
                           ?? throw NotFoundException.For("organization", command.Id);

        ExpectedVersion.EnsureMatches(organization, command.IfMatch);
        var labels = new OrganizationLabels(
            command.IsKeyIndustryEnterprise!.Value,
            command.IsKeyIndustryInnovationEmployer!.Value,
            command.IsIndustryEducationIntegrationEnterprise!.Value,
            command.IsPrivateInstitution!.Value,
            command.TrainingQualification is { } q ? new TrainingQualification(q.ValidFrom, q.ValidUntil) : null);
        organization.ChangeLabels(labels, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return organization.Adapt<OrganizationDto>();
    }
}
