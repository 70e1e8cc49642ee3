using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Auditing;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Privacy;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Common.Time;
using ZhuhaiArtisan.Application.Talents.Common;
using ZhuhaiArtisan.Domain.Talents;

namespace ZhuhaiArtisan.Application.Talents.GetMyTalentData;

public sealed class GetMyTalentDataQueryHandler(IApplicationDbContext db, ICurrentUser user, IPersonalDataProtector protector, AuditTrail audit, TimeProvider clock)
    : IQueryHandler<GetMyTalentDataQuery, MyTalentDataDto>
{
    public async ValueTask<MyTalentDataDto> Handle(GetMyTalentDataQuery query, CancellationToken cancellationToken)
    {
        var talent = await db.Talents.AsNoTracking().OwnedBy(user).SingleOrDefaultAsync(cancellationToken)
                     ?? throw new NotFoundException("talent.not_found", "You have no talent record yet; register first.");

        audit.RecordFullRead(nameof(Talent), talent.Id.ToString(), TalentFullView.FullyReadFields);
        await db.SaveChangesAsync(cancellationToken);
        return new MyTalentDataDto(talent.ToFullDto(protector), await db.ReadSkillsAsync(talent.Id, clock.TodayInChina(), cancellationToken));
    }
}
