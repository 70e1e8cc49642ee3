using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Training.Common;
using ZhuhaiArtisan.Domain.Training.Completions;

namespace ZhuhaiArtisan.Application.Training.ListCompletions;

public sealed class ListCompletionsQueryHandler(IApplicationDbContext db, ICurrentUser user, ICursorCodec cursors)
    : IQueryHandler<ListCompletionsQuery, Page<TrainingCompletionDto>>
{
    private const string ListName = "training-completions";

    public async ValueTask<Page<TrainingCompletionDto>> Handle(ListCompletionsQuery query, CancellationToken cancellationToken)
    {
        user.EnsureMayReadTraining();
        var trainingClass = await db.FindVisibleClassAsync(user, query.ClassId, cancellationToken);
        var limit = PageLimits.Resolve(query.Limit);
        var after = cursors.DecodeIdPosition(ListName, query.Cursor);

        var completions = db.TrainingCompletions.AsNoTracking().Where(c => c.ClassId == trainingClass.Id);
        if (query.Status is { } status)
        {
            completions = completions.Where(c => c.Status == status);
        }

        if (after is { } afterGuid)
        {
            var afterId = new TrainingCompletionId(afterGuid);
            completions = completions.Where(c => c.Id > afterId);
        }

        var rows = await completions.OrderBy(c => c.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var page = cursors.ToPage(ListName, rows, limit, c => c.Id.Value.ToString("N"));
        return new Page<TrainingCompletionDto>(page.Items.Select(TrainingCompletionDto.Of).ToList(), page.NextCursor);
    }
}
