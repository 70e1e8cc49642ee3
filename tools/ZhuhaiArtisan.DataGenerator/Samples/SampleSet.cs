using ZhuhaiArtisan.DataGenerator.Common;

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

    public IEnumerable<DistrictSample> Districts => _talentsByDistrict.Select(d => new DistrictSample(d.Key, d.Value));

    public void CountResident(string districtCode) =>
        _talentsByDistrict[districtCode] = _talentsByDistrict.GetValueOrDefault(districtCode) + 1;
}
