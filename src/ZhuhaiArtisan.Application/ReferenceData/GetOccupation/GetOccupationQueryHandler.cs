using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.ReferenceData.ListOccupations;

namespace ZhuhaiArtisan.Application.ReferenceData.GetOccupation;

public sealed class GetOccupationQueryHandler(IApplicationDbContext db) : IQueryHandler<GetOccupationQuery, OccupationDto>
{
    public async ValueTask<OccupationDto> Handle(GetOccupationQuery query, CancellationToken cancellationToken) =>
        await db.Occupations.AsNoTracking()
            .Where(o => o.Code == query.Code)
            .ProjectToType<OccupationDto>()
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw NotFoundException.For("occupation", query.Code);
}
