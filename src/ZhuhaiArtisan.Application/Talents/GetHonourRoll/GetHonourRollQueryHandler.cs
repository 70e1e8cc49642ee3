using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Domain.Talents.Honours;

namespace ZhuhaiArtisan.Application.Talents.GetHonourRoll;

public sealed class GetHonourRollQueryHandler(IApplicationDbContext db, ICursorCodec cursors)
    : IQueryHandler<GetHonourRollQuery, Page<HonourRollEntryDto>>
{
    private const string ListName = "honour-roll";

    public async ValueTask<Page<HonourRollEntryDto>> Handle(GetHonourRollQuery query, CancellationToken cancellationToken)
    {
        var limit = PageLimits.Resolve(query.Limit);
        var after = cursors.DecodePosition(ListName, query.Cursor);

        var entries =
            from honour in db.Honours.AsNoTracking()
            join talent in db.Talents.AsNoTracking() on honour.TalentId equals talent.Id
            join employer in db.Organizations.AsNoTracking() on talent.EmployerId equals employer.Id into employers
            from employer in employers.DefaultIfEmpty()
            where honour.PublicationConsented && honour.Kind != HonourKind.CompetitionAward
            select new { honour.Id, honour.Year, honour.Kind, talent.Name, Employer = employer == null ? null : employer.Name };

        if (query.Year is { } year)
        {
            entries = entries.Where(e => e.Year == year);
        }

        if (query.Kind is { } kind)
        {
            entries = entries.Where(e => e.Kind == kind);
        }

        // Newest year first, then by name, then by the honour itself, which makes the order total.
        // The cursor is public: it holds only what the roll shows and the honour's id, never
        // anything of the holder's identity.
        if (after is not null)
        {
            var parts = after.Split('\n');
            if (parts.Length != 3 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y) || !Guid.TryParseExact(parts[2], "N", out var id))
            {
                throw new InvalidCursorException();
            }

            var (name, honourId) = (parts[1], new HonourId(id));
            entries = entries.Where(e => e.Year < y
                || (e.Year == y && (string.Compare(e.Name, name) > 0
                    || (e.Name == name && e.Id > honourId))));
        }

        var rows = await entries
            .OrderByDescending(e => e.Year).ThenBy(e => e.Name).ThenBy(e => e.Id)
            .Take(limit + 1)
            .ToListAsync(cancellationToken);
        var page = cursors.ToPage(ListName, rows, limit, e => string.Join('\n', e.Year.ToString(CultureInfo.InvariantCulture), e.Name, e.Id.Value.ToString("N")));
        return new Page<HonourRollEntryDto>(page.Items.Select(e => new HonourRollEntryDto(e.Name, e.Employer, e.Kind, e.Year)).ToList(), page.NextCursor);
    }
}
