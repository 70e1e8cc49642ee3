using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Auditing;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Privacy;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Talents.Common;
using ZhuhaiArtisan.Domain.Talents;

namespace ZhuhaiArtisan.Application.Talents.RevealTalentPersonalInformation;

public sealed class RevealTalentPersonalInformationCommandHandler(
    IApplicationDbContext db, ICurrentUser user, IPersonalDataProtector protector, AuditTrail audit)
    : ICommandHandler<RevealTalentPersonalInformationCommand, TalentDto>
{
    public async ValueTask<TalentDto> Handle(RevealTalentPersonalInformationCommand command, CancellationToken cancellationToken)
    {
        user.EnsureCityAdmin("reveals a talent's full personal information");

        var id = new TalentId(command.Id);
        var talent = await db.Talents.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
                     ?? throw NotFoundException.For("talent", command.Id);

        audit.RecordFullRead(nameof(Talent), talent.Id.ToString(), TalentFullView.FullyReadFields);
        await db.SaveChangesAsync(cancellationToken);
        return talent.ToFullDto(protector);
    }
}
