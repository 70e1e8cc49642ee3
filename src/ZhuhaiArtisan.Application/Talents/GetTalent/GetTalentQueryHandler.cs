using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Talents.Common;
using ZhuhaiArtisan.Domain.Talents;

namespace ZhuhaiArtisan.Application.Talents.GetTalent;

public sealed class GetTalentQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetTalentQuery, TalentDto>
{
    public async ValueTask<TalentDto> Handle(GetTalentQuery query, CancellationToken cancellationToken)
    {
        var id = new TalentId(query.Id);
        var talent = await db.Talents.AsNoTracking().VisibleTo(user, db).SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
                     ?? throw NotFoundException.For("talent", query.Id);
        return talent.Adapt<TalentDto>();
    }
}
