using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Domain.ReferenceData.Districts;
using ZhuhaiArtisan.Infrastructure.Persistence;

namespace ZhuhaiArtisan.DataGenerator.ReferenceData;

/// <summary>The districts and occupations as the API loaded them into the new database: generated rows refer only to these.</summary>
internal sealed record ReferenceSnapshot(IReadOnlyList<DistrictInfo> Districts, IReadOnlyList<OccupationInfo> Occupations)
{
    public static async Task<ReferenceSnapshot> ReadAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var districts = await db.Districts.AsNoTracking().OrderBy(d => d.Code)
            .Select(d => new DistrictInfo(d.Code, d.NameZh, d.Kind == DistrictKind.FunctionalZone, d.ParentCode))
            .ToListAsync(cancellationToken);
        var occupations = await db.Occupations.AsNoTracking().Include(o => o.Clusters).OrderBy(o => o.Code)
            .ToListAsync(cancellationToken);
        return new ReferenceSnapshot(
            districts,
            occupations.Select(o => new OccupationInfo(o.Code, o.NameZh, o.Clusters.Select(c => c.ClusterCode).Order(StringComparer.Ordinal).ToArray())).ToList());
    }

    public DistrictInfo District(string code) => Districts.First(d => d.Code == code);
}
