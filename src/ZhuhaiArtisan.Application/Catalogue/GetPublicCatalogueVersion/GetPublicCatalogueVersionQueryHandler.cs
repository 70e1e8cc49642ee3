using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Time;

namespace ZhuhaiArtisan.Application.Catalogue.GetPublicCatalogueVersion;

public sealed class GetPublicCatalogueVersionQueryHandler(IApplicationDbContext db, TimeProvider clock)
    : IQueryHandler<GetPublicCatalogueVersionQuery, PublicCatalogueVersion>
{
    public async ValueTask<PublicCatalogueVersion> Handle(GetPublicCatalogueVersionQuery query, CancellationToken cancellationToken) =>
        new(await db.CatalogueChanges.MaxAsync(c => (long?)c.Sequence, cancellationToken) ?? 0, clock.TodayInChina());
}
