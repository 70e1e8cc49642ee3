using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Common.Time;
using ZhuhaiArtisan.Application.Talents.Common;
using ZhuhaiArtisan.Domain.ReferenceData.SkillLevels;

namespace ZhuhaiArtisan.Application.Talents.GetTalentSkills;

public sealed class GetTalentSkillsQueryHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetTalentSkillsQuery, TalentSkillsDto>
{
    public async ValueTask<TalentSkillsDto> Handle(GetTalentSkillsQuery query, CancellationToken cancellationToken)
    {
        var talent = await db.FindVisibleTalentAsync(user, query.TalentId, cancellationToken);
        var certificates = await db.SkillCertificates.AsNoTracking().Where(c => c.TalentId == talent.Id)
            .OrderBy(c => c.IssuedOn).ToListAsync(cancellationToken);
        var appointments = await db.Appointments.AsNoTracking().Where(a => a.TalentId == talent.Id)
            .OrderBy(a => a.From).ToListAsync(cancellationToken);
        var honours = await db.Honours.AsNoTracking().Where(h => h.TalentId == talent.Id)
            .OrderBy(h => h.Year).ToListAsync(cancellationToken);

        var today = clock.TodayInChina();
        var reached = certificates.Select(c => (c.OccupationCode, Level: c.Level, By: "certificate"))
            .Concat(appointments.Where(a => a.IsInForceOn(today)).Select(a => (a.OccupationCode, Level: SkillLevel.FindByCode(a.SkillLevelCode)!, By: "appointment")));
        var levels = reached
            .GroupBy(r => r.OccupationCode)
            .Select(g => g.MaxBy(r => r.Level.Rank))
            .Select(r => new OccupationLevelDto(r.OccupationCode, r.Level.Code, r.Level.IsHighSkill, r.By))
            .OrderBy(l => l.OccupationCode, StringComparer.Ordinal)
            .ToList();

        return new TalentSkillsDto(
            talent.Id.Value,
            levels,
            certificates.Select(SkillCertificateDto.Of).ToList(),
            appointments.Select(AppointmentDto.Of).ToList(),
            honours.Select(HonourDto.Of).ToList());
    }
}
