using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Concurrency;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Organizations.Common;
using ZhuhaiArtisan.Domain.Organizations;

namespace ZhuhaiArtisan.Application.Organizations.ChangeOrganizationContactDetails;

public sealed class ChangeOrganizationContactDetailsCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ChangeOrganizationContactDetailsCommand, OrganizationDto>
{
    public async ValueTask<OrganizationDto> Handle(ChangeOrganizationContactDetailsCommand command, CancellationToken cancellationToken)
    {
        var id = new OrganizationId(command.Id);
        var organization = await db.Organizations
                               .Include(o => o.Clusters)
                               .VisibleTo(user)
                               .SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
                           ?? throw NotFoundException.For("organization", command.Id);

        ExpectedVersion.EnsureMatches(organization, command.IfMatch);
        organization.ChangeContactDetails(command.Contact!.ToContactDetails(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return organization.Adapt<OrganizationDto>();
    }
}
