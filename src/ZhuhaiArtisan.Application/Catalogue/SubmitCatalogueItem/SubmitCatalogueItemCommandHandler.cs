using Mediator;
using ZhuhaiArtisan.Application.Catalogue.Common;
using ZhuhaiArtisan.Application.Common.Concurrency;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Common.Time;

namespace ZhuhaiArtisan.Application.Catalogue.SubmitCatalogueItem;

public sealed class SubmitCatalogueItemCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<SubmitCatalogueItemCommand, CatalogueItemDto>
{
    public async ValueTask<CatalogueItemDto> Handle(SubmitCatalogueItemCommand command, CancellationToken cancellationToken)
    {
        user.EnsureInstitution("submits it");
        var item = await db.FindVisibleCatalogueItemAsync(user, command.Id, cancellationToken);
        ExpectedVersion.EnsureMatches(item, command.IfMatch);
        var institution = await db.InstitutionOfAsync(item.InstitutionId, cancellationToken);

        item.Submit(institution, clock.TodayInChina(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return CatalogueItemDto.Of(item);
    }
}
