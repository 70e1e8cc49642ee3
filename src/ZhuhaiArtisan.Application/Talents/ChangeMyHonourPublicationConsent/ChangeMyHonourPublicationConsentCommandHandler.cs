using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Concurrency;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Talents.Common;
using ZhuhaiArtisan.Application.Talents.GetTalentSkills;
using ZhuhaiArtisan.Domain.Talents.Honours;

namespace ZhuhaiArtisan.Application.Talents.ChangeMyHonourPublicationConsent;

public sealed class ChangeMyHonourPublicationConsentCommandHandler(IApplicationDbContext db, ICurrentUser user)
    : ICommandHandler<ChangeMyHonourPublicationConsentCommand, HonourDto>
{
    public async ValueTask<HonourDto> Handle(ChangeMyHonourPublicationConsentCommand command, CancellationToken cancellationToken)
    {
        var honourId = new HonourId(command.HonourId);
        // Only the holder's own titles: anyone else's answers 404, as a missing one does.
        var honour = await (
                from h in db.Honours
                join talent in db.Talents.OwnedBy(user) on h.TalentId equals talent.Id
                where h.Id == honourId
                select h)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For("honour", command.HonourId);
        ExpectedVersion.EnsureMatches(honour, command.IfMatch);
        honour.ChangePublicationConsent(command.PublicationConsented!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return HonourDto.Of(honour);
    }
}
