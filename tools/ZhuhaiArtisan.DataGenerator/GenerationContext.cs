using ZhuhaiArtisan.Application.Common.Privacy;
using ZhuhaiArtisan.DataGenerator.Catalogue;
using ZhuhaiArtisan.DataGenerator.Common;
using ZhuhaiArtisan.DataGenerator.Organizations;
using ZhuhaiArtisan.DataGenerator.Progress;
using ZhuhaiArtisan.DataGenerator.ReferenceData;
using ZhuhaiArtisan.DataGenerator.Samples;

namespace ZhuhaiArtisan.DataGenerator;

/// <summary>What the module writers share: the options, the reference data, the API's protector, and what earlier writers produced.</summary>
internal sealed class GenerationContext(GeneratorOptions options, ReferenceSnapshot reference, IPersonalDataProtector protector, ProgressReporter progress)
{
    private OrganizationDirectory? _organizations;
    private IReadOnlyList<PublishedItem>? _publishedItems;

    public GeneratorOptions Options { get; } = options;

    public ReferenceSnapshot Reference { get; } = reference;

    /// <summary>The API's own implementation, configured with the keys the API will read.</summary>
    public IPersonalDataProtector Protector { get; } = protector;

    public ProgressReporter Progress { get; } = progress;

    public Timeline Timeline { get; } = new(options.AsOf);

    public SampleSet Samples { get; } = new(options.Samples, options.Seed);

    /// <summary>Rows written, by the name the sample file gives them.</summary>
    public SortedDictionary<string, long> Counts { get; } = new(StringComparer.Ordinal);

    public OrganizationDirectory Organizations
    {
        get => _organizations ?? throw new InvalidOperationException("The organisations module writes first.");
        set => _organizations = value;
    }

    /// <summary>Every talent written, in the order written: trainees are drawn from them.</summary>
    public List<Guid> TalentIds { get; } = [];

    /// <summary>The catalogue items of the published edition that still take enrolment.</summary>
    public IReadOnlyList<PublishedItem> PublishedItems
    {
        get => _publishedItems ?? throw new InvalidOperationException("The catalogue module writes before the training module.");
        set => _publishedItems = value;
    }

    public Random RandomFor(string purpose) => RandomStreams.For(Options.Seed, purpose);
}
