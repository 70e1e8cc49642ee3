using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Talents.Common;
using ZhuhaiArtisan.Domain.Talents.TalentImports;

namespace ZhuhaiArtisan.Application.Talents.ListTalentImportRejectedRows;

public sealed class ListTalentImportRejectedRowsQueryHandler(IApplicationDbContext db, ICurrentUser user, ICursorCodec cursors)
    : IQueryHandler<ListTalentImportRejectedRowsQuery, Page<RejectedRowDto>>
{
    private const string ListName = "talent-import-rejected-rows";

    public async ValueTask<Page<RejectedRowDto>> Handle(ListTalentImportRejectedRowsQuery query, CancellationToken cancellationToken)
    {
        var importId = new TalentImportId(query.ImportId);
        if (!await db.TalentImports.VisibleTo(user).AnyAsync(i => i.Id == importId, cancellationToken))
        {
            throw NotFoundException.For("talent_import", query.ImportId);
        }

        var limit = PageLimits.Resolve(query.Limit);
        // The cursor is bound to its import, so a cursor of one import cannot page another.
        var after = cursors.DecodePosition($"{ListName}:{query.ImportId}", query.Cursor);
        var rows = db.TalentImportRejectedRows.AsNoTracking().Where(r => r.ImportId == importId);
        if (after is not null)
        {
            if (!int.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var afterRow))
            {
                throw new InvalidCursorException();
            }

            rows = rows.Where(r => r.RowNumber > afterRow);
        }

        var read = await rows.OrderBy(r => r.RowNumber).Take(limit + 1).ToListAsync(cancellationToken);
        var page = cursors.ToPage($"{ListName}:{query.ImportId}", read, limit, r => r.RowNumber.ToString(CultureInfo.InvariantCulture));
        return new Page<RejectedRowDto>(page.Items.Select(r => new RejectedRowDto(r.RowNumber, r.IdentityNumberMasked, r.Problems)).ToList(), page.NextCursor);
    }
}
