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
            select new { honour.Year, honour.Kind, talent.Name, talent.IdentityNumberHash, Employer = employer == null ? null : employer.Name };

        if (query.Year is { } year)
        {
            entries = entries.Where(e => e.Year == year);
        }

        if (query.Kind is { } kind)
        {
            entries = entries.Where(e => e.Kind == kind);
        }

        // Newest year first, then by name; a talent holds a title once a year, so
        // (year, name, holder, title) is unique and the order total.
        if (after is not null)
        {
            var parts = after.Split('\n');
            if (parts.Length != 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y) || !Enum.TryParse<HonourKind>(parts[3], out var k))
            {
                throw new InvalidCursorException();
            }

            var (name, hash) = (parts[1], parts[2]);
            entries = entries.Where(e => e.Year < y
                || (e.Year == y && (string.Compare(e.Name, name) > 0
                    || (e.Name == name && (string.Compare(e.IdentityNumberHash, hash) > 0
                        || (e.IdentityNumberHash == hash && e.Kind > k))))));
        }

        var rows = await entries
            .OrderByDescending(e => e.Year).ThenBy(e => e.Name).ThenBy(e => e.IdentityNumberHash).ThenBy(e => e.Kind)
            .Take(limit + 1)
            .ToListAsync(cancellationToken);
        var page = cursors.ToPage(ListName, rows, limit, e => string.Join('\n', e.Year.ToString(CultureInfo.InvariantCulture), e.Name, e.IdentityNumberHash, e.Kind.ToString()));
        return new Page<HonourRollEntryDto>(page.Items.Select(e => new HonourRollEntryDto(e.Name, e.Employer, e.Kind, e.Year)).ToList(), page.NextCursor);
    }
}
