using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Catalogue.Common;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;

namespace ZhuhaiArtisan.Application.Catalogue.GetCatalogueEdition;

public sealed class GetCatalogueEditionQueryHandler(IApplicationDbContext db)
    : IQueryHandler<GetCatalogueEditionQuery, CatalogueEditionDto>
{
    public async ValueTask<CatalogueEditionDto> Handle(GetCatalogueEditionQuery query, CancellationToken cancellationToken)
    {
        var current = await db.CatalogueEditions.MaxAsync(e => (int?)e.Number, cancellationToken);
        var number = query.Number ?? current;
        var edition = number is null
            ? null
            : await db.CatalogueEditions.AsNoTracking().SingleOrDefaultAsync(e => e.Number == number, cancellationToken);
        return edition is null
            ? throw (query.Number is null
                ? new NotFoundException("catalogue_edition.not_found", "No edition of the catalogue has been published yet.")
                : NotFoundException.For("catalogue_edition", query.Number))
            : CatalogueEditionDto.Of(edition, current!.Value);
    }
}
