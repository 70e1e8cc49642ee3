using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Catalogue.Common;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Time;

namespace ZhuhaiArtisan.Application.Catalogue.ExportCatalogueEdition;

public sealed class ExportCatalogueEditionQueryHandler(IApplicationDbContext db, ICatalogueEditionExporter exporter, TimeProvider clock)
    : IQueryHandler<ExportCatalogueEditionQuery, ExportedFile>
{
    public async ValueTask<ExportedFile> Handle(ExportCatalogueEditionQuery query, CancellationToken cancellationToken)
    {
        var current = await db.CatalogueEditions.MaxAsync(e => (int?)e.Number, cancellationToken) ?? 0;
        var edition = await db.CatalogueEditions.AsNoTracking().SingleOrDefaultAsync(e => e.Number == query.Number, cancellationToken)
                      ?? throw NotFoundException.For("catalogue_edition", query.Number);

        var entries = await db.CatalogueEditionEntries.AsNoTracking()
            .Where(e => e.EditionNumber == query.Number)
            .WithLiveStatus(db)
            .ToListAsync(cancellationToken);
        var today = clock.TodayInChina();
        var items = entries.Select(e => CatalogueEditionItemDto.Of(e, today)).ToList();
        return exporter.Export(CatalogueEditionDto.Of(edition, current), items, query.Format!.Value, query.Encoding ?? CatalogueExportEncoding.Utf8);
    }
}
