using Mediator;
using ZhuhaiArtisan.Application.Catalogue.Common;
using ZhuhaiArtisan.Application.Common.Concurrency;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;

namespace ZhuhaiArtisan.Application.Catalogue.ReviseCatalogueItem;

public sealed class ReviseCatalogueItemCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ReviseCatalogueItemCommand, CatalogueItemDto>
{
    public async ValueTask<CatalogueItemDto> Handle(ReviseCatalogueItemCommand command, CancellationToken cancellationToken)
    {
        user.EnsureInstitution("edits it");
        var item = await db.FindVisibleCatalogueItemAsync(user, command.Id, cancellationToken);
        ExpectedVersion.EnsureMatches(item, command.IfMatch);
        await db.EnsureOccupationExistsAsync(command.OccupationCode!, cancellationToken);

        item.Revise(command.ToContent(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return CatalogueItemDto.Of(item);
    }
}
