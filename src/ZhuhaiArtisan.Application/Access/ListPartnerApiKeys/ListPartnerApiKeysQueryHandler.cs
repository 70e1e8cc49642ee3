using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Access.Common;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Domain.Access.PartnerClients;

namespace ZhuhaiArtisan.Application.Access.ListPartnerApiKeys;

public sealed class ListPartnerApiKeysQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<ListPartnerApiKeysQuery, ItemList<PartnerApiKeyDto>>
{
    public async ValueTask<ItemList<PartnerApiKeyDto>> Handle(ListPartnerApiKeysQuery query, CancellationToken cancellationToken)
    {
        user.EnsureCityAdmin("lists partner API keys");
        var clientId = new PartnerClientId(query.ClientId);
        var client = await db.PartnerClients.AsNoTracking().Include(c => c.ApiKeys)
                         .SingleOrDefaultAsync(c => c.Id == clientId, cancellationToken)
                     ?? throw NotFoundException.For("partner_client", query.ClientId);
        return new ItemList<PartnerApiKeyDto>(client.ApiKeys.OrderBy(k => k.IssuedAt).Adapt<List<PartnerApiKeyDto>>());
    }
}
