using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Privacy;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Talents.Common;
using ZhuhaiArtisan.Domain.Talents.IdentityDocuments;

namespace ZhuhaiArtisan.Application.Talents.FindTalentByIdentityNumber;

public sealed class FindTalentByIdentityNumberQueryHandler(IApplicationDbContext db, ICurrentUser user, IPersonalDataProtector protector)
    : IQueryHandler<FindTalentByIdentityNumberQuery, TalentDto>
{
    public async ValueTask<TalentDto> Handle(FindTalentByIdentityNumberQuery query, CancellationToken cancellationToken)
    {
        var type = query.DocumentType!.Value;
        var hash = TalentIdentity.Hash(protector, type, IdentityDocumentRules.Normalize(query.IdentityNumber!));
        // A record the caller may not see answers exactly as a missing one: the lookup cannot be
        // used to learn who is registered.
        var talent = await db.Talents.AsNoTracking().VisibleTo(user, db)
                         .SingleOrDefaultAsync(t => t.IdentityNumberHash == hash, cancellationToken)
                     ?? throw new NotFoundException("talent.not_found", "No talent you may see has this identity document.");
        return talent.Adapt<TalentDto>();
    }
}
