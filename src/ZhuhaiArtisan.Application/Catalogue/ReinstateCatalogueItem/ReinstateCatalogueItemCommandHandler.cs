using Mediator;
using ZhuhaiArtisan.Application.Catalogue.Common;
using ZhuhaiArtisan.Application.Common.Concurrency;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;

namespace ZhuhaiArtisan.Application.Catalogue.ReinstateCatalogueItem;

public sealed class ReinstateCatalogueItemCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ReinstateCatalogueItemCommand, CatalogueItemDto>
{
    public async ValueTask<CatalogueItemDto> Handle(ReinstateCatalogueItemCommand command, CancellationToken cancellationToken)
    {
        user.EnsureCityAdmin("reinstates catalogue items");
        var item = await db.FindVisibleCatalogueItemAsync(user, command.Id, cancellationToken);
        ExpectedVersion.EnsureMatches(item, command.IfMatch);

        item.Reinstate(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return CatalogueItemDto.Of(item);
    }
}
