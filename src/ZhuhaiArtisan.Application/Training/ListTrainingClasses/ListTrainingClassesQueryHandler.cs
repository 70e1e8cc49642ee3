using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Training.Common;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.Training.TrainingClasses;

namespace ZhuhaiArtisan.Application.Training.ListTrainingClasses;

public sealed class ListTrainingClassesQueryHandler(IApplicationDbContext db, ICurrentUser user, ICursorCodec cursors)
    : IQueryHandler<ListTrainingClassesQuery, Page<TrainingClassDto>>
{
    private const string ListName = "training-classes";

    public async ValueTask<Page<TrainingClassDto>> Handle(ListTrainingClassesQuery query, CancellationToken cancellationToken)
    {
        user.EnsureMayReadTraining();
        var limit = PageLimits.Resolve(query.Limit);
        var after = cursors.DecodeIdPosition(ListName, query.Cursor);

        var classes = db.TrainingClasses.AsNoTracking().VisibleTo(db, user);
        if (query.CatalogueItem is { } item)
        {
            var itemId = new CatalogueItemId(item);
            classes = classes.Where(c => c.CatalogueItemId == itemId);
        }

        if (query.Institution is { } institution)
        {
            var institutionId = new OrganizationId(institution);
            classes = classes.Where(c => c.InstitutionId == institutionId);
        }

        if (after is { } afterGuid)
        {
            var afterId = new TrainingClassId(afterGuid);
            classes = classes.Where(c => c.Id > afterId);
        }

        var rows = await classes.OrderBy(c => c.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var page = cursors.ToPage(ListName, rows, limit, c => c.Id.Value.ToString("N"));
        return new Page<TrainingClassDto>(page.Items.Select(TrainingClassDto.Of).ToList(), page.NextCursor);
    }
}
