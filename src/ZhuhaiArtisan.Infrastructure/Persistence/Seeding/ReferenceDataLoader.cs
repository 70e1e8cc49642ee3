using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using nietras.SeparatedValues;
using ZhuhaiArtisan.Domain.ReferenceData.Districts;
using ZhuhaiArtisan.Domain.ReferenceData.IndustryClusters;
using ZhuhaiArtisan.Domain.ReferenceData.Occupations;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

/// <summary>
/// Loads districts and occupations from their sourced CSV files (shipped inside the assembly, or
/// from a directory named in configuration) and brings the tables up to date: rows are added or
/// refreshed, so a corrected file is loaded by a restart without a code change.
/// </summary>
internal sealed partial class ReferenceDataLoader(AppDbContext db, IOptions<ReferenceDataOptions> options, ILogger<ReferenceDataLoader> logger)
{
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var districts = ReadDistricts();
        var occupations = ReadOccupations();

        var storedDistricts = await db.Districts.ToDictionaryAsync(d => d.Code, cancellationToken);
        foreach (var district in districts)
        {
            if (storedDistricts.TryGetValue(district.Code, out var stored))
            {
                stored.Refresh(district);
            }
            else
            {
                db.Districts.Add(district);
            }
        }

        var storedOccupations = await db.Occupations.Include(o => o.Clusters).ToDictionaryAsync(o => o.Code, cancellationToken);
        foreach (var occupation in occupations)
        {
            if (storedOccupations.TryGetValue(occupation.Code, out var stored))
            {
                stored.Refresh(occupation);
            }
            else
            {
                db.Occupations.Add(occupation);
            }
        }

        var changes = await db.SaveChangesAsync(cancellationToken);
        LogLoaded(districts.Count, occupations.Count, changes);
    }

    private List<District> ReadDistricts()
    {
        using var reader = Sep.Reader(o => o with { Sep = new Sep(','), Unescape = true }).From(Open("districts.csv"));
        var districts = new List<District>();
        foreach (var row in reader)
        {
            var kind = row["kind"].ToString() switch
            {
                "district" => DistrictKind.District,
                "functional_zone" => DistrictKind.FunctionalZone,
                var other => throw new InvalidDataException($"districts.csv: unknown kind '{other}'."),
            };
            var code = row["code"].ToString();
            // Only a zone's parent is a district of this table; a district's parent (440400) is the city.
            var parent = kind == DistrictKind.FunctionalZone ? row["parent"].ToString() : null;
            districts.Add(District.Create(code, row["name_zh"].ToString(), row["name_en"].ToString(), kind, parent, row["note"].ToString()));
        }

        return districts;
    }

    private List<Occupation> ReadOccupations()
    {
        using var reader = Sep.Reader(o => o with { Sep = new Sep(','), Unescape = true }).From(Open("occupations.csv"));
        var occupations = new List<Occupation>();
        foreach (var row in reader)
        {
            var code = row["code"].ToString();
            if (!OccupationCode.IsWellFormed(code))
            {
                throw new InvalidDataException($"occupations.csv: malformed code '{code}'.");
            }

            var clusters = row["clusters"].ToString()
                .Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(name => IndustryCluster.FindByChineseName(name)?.Code
                                ?? throw new InvalidDataException($"occupations.csv: unknown cluster '{name}' for {code}."));
            occupations.Add(Occupation.Create(code, row["name_zh"].ToString(), row["name_en"].ToString(), row["minor_group_code"].ToString(), Occupation.CurrentEdition, clusters));
        }

        return occupations;
    }

    private Stream Open(string fileName)
    {
        if (options.Value.Directory is { Length: > 0 } directory)
        {
            return File.OpenRead(Path.Combine(directory, fileName));
        }

        var assembly = Assembly.GetExecutingAssembly();
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + fileName, StringComparison.Ordinal));
        return assembly.GetManifestResourceStream(resource)!;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reference data: {Districts} districts and {Occupations} occupations read, {Changes} rows written")]
    private partial void LogLoaded(int districts, int occupations, int changes);
}
