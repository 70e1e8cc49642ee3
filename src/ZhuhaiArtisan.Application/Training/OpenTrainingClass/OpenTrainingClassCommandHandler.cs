using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Common.Time;
using ZhuhaiArtisan.Application.Training.Common;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.Training.TrainingClasses;

namespace ZhuhaiArtisan.Application.Training.OpenTrainingClass;

public sealed class OpenTrainingClassCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<OpenTrainingClassCommand, TrainingClassDto>
{
    public async ValueTask<TrainingClassDto> Handle(OpenTrainingClassCommand command, CancellationToken cancellationToken)
    {
        user.EnsureMayRecordTraining("opens classes");
        var item = await FindItemAsync(command.CatalogueItemId!.Value, cancellationToken);
        var accepts = EnrolmentAcceptance.AcceptsEnrolment(item, await db.CurrentEditionAsync(cancellationToken), clock.TodayInChina());

        var trainingClass = TrainingClass.Open(
            TrainingClassId.New(), item, accepts, command.StartDate!.Value, command.EndDate!.Value, command.Capacity!.Value, command.Venue,
            user.PartnerOf(), clock.GetUtcNow());
        db.TrainingClasses.Add(trainingClass);
        await db.SaveChangesAsync(cancellationToken);
        return TrainingClassDto.Of(trainingClass);
    }

    /// <summary>An institution opens classes of its own items only; the partner of any institution's (online or blended) item.</summary>
    private async Task<CatalogueItem> FindItemAsync(Guid id, CancellationToken cancellationToken)
    {
        var itemId = new CatalogueItemId(id);
        var items = db.CatalogueItems.AsNoTracking().Where(i => i.Id == itemId);
        if (user.IsInRole(Roles.Institution))
        {
            var own = new OrganizationId(user.OrganizationId!.Value);
            items = items.Where(i => i.InstitutionId == own);
        }
        else
        {
            // The partner knows the items of the published catalogue, nothing under review.
            items = items.Where(i => i.LastPublishedEdition != null);
        }

        return await items.SingleOrDefaultAsync(cancellationToken) ?? throw NotFoundException.For("catalogue_item", id);
    }
}
