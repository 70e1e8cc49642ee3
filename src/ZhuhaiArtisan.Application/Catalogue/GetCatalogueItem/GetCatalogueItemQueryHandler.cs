using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Catalogue.Common;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;

namespace ZhuhaiArtisan.Application.Catalogue.GetCatalogueItem;

public sealed class GetCatalogueItemQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<GetCatalogueItemQuery, CatalogueItemDto>
{
    public async ValueTask<CatalogueItemDto> Handle(GetCatalogueItemQuery query, CancellationToken cancellationToken)
    {
        user.EnsureMayUseItems();
        var id = new CatalogueItemId(query.Id);
        var item = await db.CatalogueItems.AsNoTracking().VisibleTo(user).SingleOrDefaultAsync(i => i.Id == id, cancellationToken)
                   ?? throw NotFoundException.For("catalogue_item", query.Id);
        return CatalogueItemDto.Of(item);
    }
}
