using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Talents.Common;
using ZhuhaiArtisan.Domain.Talents.TalentImports;

namespace ZhuhaiArtisan.Application.Talents.GetTalentImport;

public sealed class GetTalentImportQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetTalentImportQuery, TalentImportDto>
{
    public async ValueTask<TalentImportDto> Handle(GetTalentImportQuery query, CancellationToken cancellationToken)
    {
        var id = new TalentImportId(query.Id);
        var import = await db.TalentImports.AsNoTracking().VisibleTo(user).SingleOrDefaultAsync(i => i.Id == id, cancellationToken)
                     ?? throw NotFoundException.For("talent_import", query.Id);
        return TalentImportDto.Of(import);
    }
}
