using Mediator;
using ZhuhaiArtisan.Application.Catalogue.Common;
using ZhuhaiArtisan.Application.Common.Concurrency;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;

namespace ZhuhaiArtisan.Application.Catalogue.WithdrawCatalogueItem;

public sealed class WithdrawCatalogueItemCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<WithdrawCatalogueItemCommand, CatalogueItemDto>
{
    public async ValueTask<CatalogueItemDto> Handle(WithdrawCatalogueItemCommand command, CancellationToken cancellationToken)
    {
        user.EnsureMayUseItems();
        var item = await db.FindVisibleCatalogueItemAsync(user, command.Id, cancellationToken);
        ExpectedVersion.EnsureMatches(item, command.IfMatch);

        item.Withdraw(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return CatalogueItemDto.Of(item);
    }
}
