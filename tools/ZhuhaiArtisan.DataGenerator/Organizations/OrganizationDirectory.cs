using ZhuhaiArtisan.DataGenerator.Common;
using ZhuhaiArtisan.Domain.Organizations;

namespace ZhuhaiArtisan.DataGenerator.Organizations;

/// <summary>The organisations written, with draws weighted by size: big employers and schools get more people.</summary>
internal sealed class OrganizationDirectory
{
    private readonly WeightedChoice<GeneratedOrganization> _enterprises;
    private readonly WeightedChoice<GeneratedOrganization> _schools;

    public OrganizationDirectory(IReadOnlyList<GeneratedOrganization> organizations)
    {
        All = organizations;
        _enterprises = new(organizations.Where(o => o.Type == OrganizationType.Enterprise).Select(o => (o, o.Size)));
        _schools = new(organizations.Where(o => o.IsSchool).Select(o => (o, o.Size)));
    }

    public IReadOnlyList<GeneratedOrganization> All { get; }

    public GeneratedOrganization NextEnterprise(Random random) => _enterprises.Next(random);

    /// <summary>A vocational college, technical school or training institution.</summary>
    public GeneratedOrganization NextSchool(Random random) => _schools.Next(random);
}
