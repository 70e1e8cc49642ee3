using Mediator;
using ZhuhaiArtisan.Application.Catalogue.Common;
using ZhuhaiArtisan.Application.Common.Concurrency;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Common.Time;

namespace ZhuhaiArtisan.Application.Catalogue.ApproveCatalogueItem;

public sealed class ApproveCatalogueItemCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ApproveCatalogueItemCommand, CatalogueItemDto>
{
    public async ValueTask<CatalogueItemDto> Handle(ApproveCatalogueItemCommand command, CancellationToken cancellationToken)
    {
        user.EnsureCityAdmin("approves catalogue items and sets their subsidy standard");
        var item = await db.FindVisibleCatalogueItemAsync(user, command.Id, cancellationToken);
        ExpectedVersion.EnsureMatches(item, command.IfMatch);
        var institution = await db.InstitutionOfAsync(item.InstitutionId, cancellationToken);

        item.Approve(command.SubsidyPerPerson!.Value, command.SubsidyBasis!.Trim(), institution, clock.TodayInChina(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return CatalogueItemDto.Of(item);
    }
}
