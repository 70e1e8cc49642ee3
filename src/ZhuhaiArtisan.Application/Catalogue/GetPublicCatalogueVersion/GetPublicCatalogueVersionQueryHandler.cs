using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Time;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueChanges;

namespace ZhuhaiArtisan.Application.Catalogue.GetPublicCatalogueVersion;

public sealed class GetPublicCatalogueVersionQueryHandler(IApplicationDbContext db, TimeProvider clock)
    : IQueryHandler<GetPublicCatalogueVersionQuery, PublicCatalogueVersion>
{
    // Every public catalogue answer (each search, each 304) reads the version first: compiled once.
    private static readonly CompiledQuery<Func<DbContext, CancellationToken, Task<long?>>> LatestChange = new(() =>
        EF.CompileAsyncQuery((DbContext db, CancellationToken cancellationToken) =>
            db.Set<CatalogueChange>().Max(c => (long?)c.Sequence)));

    public async ValueTask<PublicCatalogueVersion> Handle(GetPublicCatalogueVersionQuery query, CancellationToken cancellationToken)
    {
        var context = db.ForCompiledQueries();
        return new(await LatestChange.For(context)(context, cancellationToken) ?? 0, clock.TodayInChina());
    }
}
