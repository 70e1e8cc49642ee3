using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Talents.Common;
using ZhuhaiArtisan.Application.Talents.GetTalentSkills;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.Talents.Honours;

namespace ZhuhaiArtisan.Application.Talents.ConferHonour;

public sealed class ConferHonourCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ConferHonourCommand, HonourDto>
{
    public async ValueTask<HonourDto> Handle(ConferHonourCommand command, CancellationToken cancellationToken)
    {
        var kind = command.Kind!.Value;
        var (district, enterprise) = (kind, user.Role) switch
        {
            (HonourKind.DistrictCraftsman, Roles.DistrictAdmin) when user.DistrictCode is { } code => (code, (OrganizationId?)null),
            (HonourKind.EnterpriseCraftsman, Roles.Enterprise) when user.OrganizationId is { } own => (null, new OrganizationId(own)),
            (HonourKind.ZhuhaiMasterCraftsman or HonourKind.ZhuhaiCraftsman or HonourKind.ZhuhaiTechnicalExpert or HonourKind.CompetitionAward, Roles.CityAdmin) => ((string?)null, (OrganizationId?)null),
            _ => throw new ForbiddenAccessException("City titles are the city's to confer, 区级工匠 a district's, 企业工匠 an enterprise's."),
        };
        var talent = await db.FindVisibleTalentAsync(user, command.TalentId, cancellationToken);
        var distinction = Honour.DistinctionOf(kind, command.CompetitionEvent);
        if (await db.Honours.AnyAsync(h => h.TalentId == talent.Id && h.Kind == kind && h.Year == command.Year && h.Distinction == distinction, cancellationToken))
        {
            throw new ConflictException("honour.already_conferred", kind == HonourKind.CompetitionAward
                ? "This talent's award in that event and year is already recorded."
                : "This title was already conferred on this talent for that year.");
        }

        var honour = Honour.Confer(
            HonourId.New(),
            talent.Id,
            kind,
            command.Year!.Value,
            command.ConferringBody!.Trim(),
            district,
            enterprise,
            command.CompetitionEvent?.Trim(),
            command.CompetitionRank?.Trim(),
            command.Coach?.Trim(),
            command.PublicationConsented ?? false,
            TalentRecordKeeping.ProvenanceOf(user, TalentRecordKeeping.LegalBasisOf(user), clock.GetUtcNow()));
        db.Honours.Add(honour);
        await db.SaveChangesAsync(cancellationToken);
        return HonourDto.Of(honour);
    }
}
