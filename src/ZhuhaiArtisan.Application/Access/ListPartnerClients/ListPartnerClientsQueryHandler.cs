using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Access.Common;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;

namespace ZhuhaiArtisan.Application.Access.ListPartnerClients;

public sealed class ListPartnerClientsQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<ListPartnerClientsQuery, ItemList<PartnerClientDto>>
{
    public async ValueTask<ItemList<PartnerClientDto>> Handle(ListPartnerClientsQuery query, CancellationToken cancellationToken)
    {
        user.EnsureCityAdmin("lists partner clients");
        return new(await db.PartnerClients.AsNoTracking()
                .OrderBy(c => c.Code)
                .ProjectToType<PartnerClientDto>()
                .ToListAsync(cancellationToken));
    }
}
