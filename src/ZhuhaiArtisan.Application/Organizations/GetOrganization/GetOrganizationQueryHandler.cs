using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Organizations.Common;
using ZhuhaiArtisan.Domain.Organizations;

namespace ZhuhaiArtisan.Application.Organizations.GetOrganization;

public sealed class GetOrganizationQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<GetOrganizationQuery, OrganizationDto>
{
    public async ValueTask<OrganizationDto> Handle(GetOrganizationQuery query, CancellationToken cancellationToken)
    {
        var id = new OrganizationId(query.Id);
        // Filtering by visibility in the query itself means another caller's organisation is
        // indistinguishable from a missing one.
        return await db.Organizations.AsNoTracking()
                   .VisibleTo(user)
                   .Where(o => o.Id == id)
                   .ProjectToType<OrganizationDto>()
                   .SingleOrDefaultAsync(cancellationToken)
               ?? throw NotFoundException.For("organization", query.Id);
    }
}
