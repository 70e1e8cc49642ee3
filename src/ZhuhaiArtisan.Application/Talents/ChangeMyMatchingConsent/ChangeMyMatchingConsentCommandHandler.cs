using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Concurrency;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Talents.Common;

namespace ZhuhaiArtisan.Application.Talents.ChangeMyMatchingConsent;

public sealed class ChangeMyMatchingConsentCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ChangeMyMatchingConsentCommand, TalentDto>
{
    public async ValueTask<TalentDto> Handle(ChangeMyMatchingConsentCommand command, CancellationToken cancellationToken)
    {
        var talent = await db.Talents.OwnedBy(user).SingleOrDefaultAsync(cancellationToken)
                     ?? throw new NotFoundException("talent.not_found", "You have no talent record yet; register first.");
        ExpectedVersion.EnsureMatches(talent, command.IfMatch);
        talent.ChangeMatchingConsent(command.ConsentsToMatching!.Value, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return talent.Adapt<TalentDto>();
    }
}
