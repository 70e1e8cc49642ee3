using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Access.Common;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Domain.Access.PartnerClients;

namespace ZhuhaiArtisan.Application.Access.GetCurrentPartnerClient;

public sealed class GetCurrentPartnerClientQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<GetCurrentPartnerClientQuery, PartnerClientDto>
{
    public async ValueTask<PartnerClientDto> Handle(GetCurrentPartnerClientQuery query, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Partner) || user.ClientId is not { } clientId)
        {
            throw new ForbiddenAccessException("Only a partner client has a current partner client.");
        }

        var id = new PartnerClientId(clientId);
        return await db.PartnerClients.AsNoTracking()
                   .Where(c => c.Id == id)
                   .ProjectToType<PartnerClientDto>()
                   .SingleOrDefaultAsync(cancellationToken)
               ?? throw NotFoundException.For("partner_client", clientId);
    }
}
