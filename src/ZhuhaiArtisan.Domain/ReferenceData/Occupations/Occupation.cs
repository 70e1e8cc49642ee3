namespace ZhuhaiArtisan.Domain.ReferenceData.Occupations;

/// <summary>
/// An occupation of the national classification, with the edition its code belongs to: codes
/// change meaning between editions, so a code is never read without its edition.
/// </summary>
public sealed class Occupation
{
    public const int NameMaxLength = 128;
    public const int EditionMaxLength = 16;
    public const string CurrentEdition = "CSCO-2022";

    private readonly List<OccupationCluster> _clusters = [];

    private Occupation()
    {
    }

    public string Code { get; private set; } = null!;

    public string NameZh { get; private set; } = null!;

    public string NameEn { get; private set; } = null!;

    public string MinorGroupCode { get; private set; } = null!;

    public string Edition { get; private set; } = null!;

    public IReadOnlyCollection<OccupationCluster> Clusters => _clusters.AsReadOnly();

    public static Occupation Create(string code, string nameZh, string nameEn, string minorGroupCode, string edition, IEnumerable<string> clusterCodes)
    {
        var occupation = new Occupation
        {
            Code = code,
            NameZh = nameZh,
            NameEn = nameEn,
            MinorGroupCode = minorGroupCode,
            Edition = edition,
        };
        occupation._clusters.AddRange(clusterCodes.Distinct(StringComparer.Ordinal).Select(c => new OccupationCluster(code, c)));
        return occupation;
    }

    public void Refresh(Occupation source)
    {
        NameZh = source.NameZh;
        NameEn = source.NameEn;
        MinorGroupCode = source.MinorGroupCode;
        Edition = source.Edition;
        _clusters.RemoveAll(c => source._clusters.All(s => s.ClusterCode != c.ClusterCode));
        _clusters.AddRange(source._clusters.Where(s => _clusters.All(c => c.ClusterCode != s.ClusterCode))
            .Select(s => new OccupationCluster(Code, s.ClusterCode)));
    }
}
