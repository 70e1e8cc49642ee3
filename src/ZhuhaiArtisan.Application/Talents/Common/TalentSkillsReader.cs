using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Talents.GetTalentSkills;
using ZhuhaiArtisan.Domain.ReferenceData.SkillLevels;
using ZhuhaiArtisan.Domain.Talents;

namespace ZhuhaiArtisan.Application.Talents.Common;

/// <summary>
/// A talent's levels per occupation with the certificates, appointments and honours behind them:
/// the level is the highest certificate, raised by a 特级技师 or 首席技师 appointment in force on the day.
/// </summary>
public static class TalentSkillsReader
{
    public static async Task<TalentSkillsDto> ReadSkillsAsync(this IApplicationDbContext db, TalentId talentId, DateOnly today, CancellationToken cancellationToken)
    {
        var certificates = await db.SkillCertificates.AsNoTracking().Where(c => c.TalentId == talentId)
            .OrderBy(c => c.IssuedOn).ToListAsync(cancellationToken);
        var appointments = await db.Appointments.AsNoTracking().Where(a => a.TalentId == talentId)
            .OrderBy(a => a.From).ToListAsync(cancellationToken);
        var honours = await db.Honours.AsNoTracking().Where(h => h.TalentId == talentId)
            .OrderBy(h => h.Year).ToListAsync(cancellationToken);

        var reached = certificates.Select(c => (c.OccupationCode, Level: c.Level, By: "certificate"))
            .Concat(appointments.Where(a => a.IsInForceOn(today)).Select(a => (a.OccupationCode, Level: SkillLevel.FindByCode(a.SkillLevelCode)!, By: "appointment")));
        var levels = reached
            .GroupBy(r => r.OccupationCode)
            .Select(g => g.MaxBy(r => r.Level.Rank))
            .Select(r => new OccupationLevelDto(r.OccupationCode, r.Level.Code, r.Level.IsHighSkill, r.By))
            .OrderBy(l => l.OccupationCode, StringComparer.Ordinal)
            .ToList();

        return new TalentSkillsDto(
            talentId.Value,
            levels,
            certificates.Select(SkillCertificateDto.Of).ToList(),
            appointments.Select(AppointmentDto.Of).ToList(),
            honours.Select(HonourDto.Of).ToList());
    }
}
