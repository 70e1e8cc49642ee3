using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Access.Common;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Common.Persistence;

namespace ZhuhaiArtisan.Application.Access.ListPartnerClients;

public sealed class ListPartnerClientsQueryHandler(IApplicationDbContext db)
    : IQueryHandler<ListPartnerClientsQuery, ItemList<PartnerClientDto>>
{
    public async ValueTask<ItemList<PartnerClientDto>> Handle(ListPartnerClientsQuery query, CancellationToken cancellationToken) =>
        new(await db.PartnerClients.AsNoTracking()
            .OrderBy(c => c.Code)
            .ProjectToType<PartnerClientDto>()
            .ToListAsync(cancellationToken));
}
