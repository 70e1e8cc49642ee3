using Mediator;
using ZhuhaiArtisan.Application.Catalogue.Common;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Common.Time;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;
using ZhuhaiArtisan.Domain.Organizations;

namespace ZhuhaiArtisan.Application.Catalogue.DraftCatalogueItem;

public sealed class DraftCatalogueItemCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<DraftCatalogueItemCommand, CatalogueItemDto>
{
    public async ValueTask<CatalogueItemDto> Handle(DraftCatalogueItemCommand command, CancellationToken cancellationToken)
    {
        user.EnsureInstitution("drafts it");
        var institution = await db.InstitutionOfAsync(new OrganizationId(user.OrganizationId!.Value), cancellationToken);
        await db.EnsureOccupationExistsAsync(command.OccupationCode!, cancellationToken);

        var item = CatalogueItem.Draft(CatalogueItemId.New(), institution, command.ToContent(), clock.TodayInChina(), clock.GetUtcNow());
        db.CatalogueItems.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return CatalogueItemDto.Of(item);
    }
}
