using Mediator;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Common.Time;
using ZhuhaiArtisan.Application.Talents.Common;

namespace ZhuhaiArtisan.Application.Talents.GetTalentSkills;

public sealed class GetTalentSkillsQueryHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetTalentSkillsQuery, TalentSkillsDto>
{
    public async ValueTask<TalentSkillsDto> Handle(GetTalentSkillsQuery query, CancellationToken cancellationToken)
    {
        var talent = await db.FindVisibleTalentAsync(user, query.TalentId, cancellationToken);
        return await db.ReadSkillsAsync(talent.Id, clock.TodayInChina(), cancellationToken);
    }
}
