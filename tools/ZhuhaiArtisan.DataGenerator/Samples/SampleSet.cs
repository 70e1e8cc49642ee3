using ZhuhaiArtisan.DataGenerator.Common;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueEditions;

namespace ZhuhaiArtisan.DataGenerator.Samples;

/// <summary>
/// Values picked at random while generating, for benchmarks and checks: identity numbers with
/// their document type, certificate numbers with their holder's name, and employers and schools
/// (drawn per talent, so large ones come up more often, as they would in real traffic).
/// </summary>
internal sealed class SampleSet(int size, int seed)
{
    private const int OrganizationSampleSize = 200;

    private readonly SortedDictionary<string, long> _talentsByDistrict = new(StringComparer.Ordinal);

    public Reservoir<IdentitySample> Identities { get; } = new(size, RandomStreams.For(seed, "samples/identities"));

    public Reservoir<CertificateSample> Certificates { get; } = new(size, RandomStreams.For(seed, "samples/certificates"));

    public Reservoir<Guid> Employers { get; } = new(OrganizationSampleSize, RandomStreams.For(seed, "samples/employers"));

    public Reservoir<Guid> Schools { get; } = new(OrganizationSampleSize, RandomStreams.For(seed, "samples/schools"));

    /// <summary>The published edition's number, or null when no catalogue was generated.</summary>
    public int? CatalogueEdition { get; private set; }

    /// <summary>Free-text queries that find items of the edition: 电工, 焊工, the commonest occupations, words of titles and institution names.</summary>
    public List<string> SearchTerms { get; } = [];

    /// <summary>The occupation codes of the edition, commonest first.</summary>
    public List<string> CatalogueOccupations { get; } = [];

    /// <summary>Institutions with items in the edition, most items first.</summary>
    public List<Guid> CatalogueInstitutions { get; } = [];

    public List<PushableClassSample> PushableClasses { get; } = [];

    public IEnumerable<DistrictSample> Districts => _talentsByDistrict.Select(d => new DistrictSample(d.Key, d.Value));

    public void Catalogue(int edition, IReadOnlyCollection<CatalogueEditionEntry> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        CatalogueEdition = edition;
        var occupations = entries.GroupBy(e => (e.OccupationCode, e.OccupationName))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.OccupationCode, StringComparer.Ordinal).Select(g => g.Key).ToList();
        CatalogueOccupations.AddRange(occupations.Take(OrganizationSampleSize).Select(o => o.OccupationCode));
        CatalogueInstitutions.AddRange(entries.GroupBy(e => e.InstitutionId.Value)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(OrganizationSampleSize).Select(g => g.Key));

        // Two-character trade names and the words of titles, each kept only if the edition has it.
        string[] words = ["电工", "焊工", "培训", "技师", "技能提升", "新型学徒制", "定向", "技培生", "数字技能", "安全生产", "中级工", "高级工", "人工智能", "养老护理"];
        SearchTerms.AddRange(words.Where(w => entries.Any(e => e.SearchText.Contains(w, StringComparison.Ordinal))));
        SearchTerms.AddRange(occupations.Take(30).Select(o => o.OccupationName).Where(n => !SearchTerms.Contains(n)));
        SearchTerms.AddRange(entries.Select(e => e.InstitutionName[2..4]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(20)
            .Select(tradeName => tradeName + " 培训"));
    }

    public void CountResident(string districtCode) =>
        _talentsByDistrict[districtCode] = _talentsByDistrict.GetValueOrDefault(districtCode) + 1;
}
