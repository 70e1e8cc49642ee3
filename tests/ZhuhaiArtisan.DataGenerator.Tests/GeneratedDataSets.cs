using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace ZhuhaiArtisan.DataGenerator.Tests;

/// <summary>
/// Two small data sets generated with the same seed (and one with another), once for all the
/// tests of the class, with keys of their own rather than the Development ones.
/// </summary>
public sealed class GeneratedDataSets : IAsyncLifetime
{
    public const int Talents = 2_000;
    public const int Certificates = 3_000;
    public const int Organizations = 60;
    public const int CatalogueItems = 150;
    public const int Classes = 80;
    public const int TrainingRecords = 1_200;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "za-generator-" + Guid.NewGuid().ToString("N"));

    public IConfiguration Configuration { get; } = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["PersonalData:ActiveKeyId"] = "test-aes",
        ["PersonalData:Keys:0:Id"] = "test-aes",
        ["PersonalData:Keys:0:Cipher"] = "Aes256Gcm",
        ["PersonalData:Keys:0:Key"] = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
        ["PersonalData:LookupHashAlgorithm"] = "HmacSha256",
        ["PersonalData:LookupHashKey"] = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=",
    }).Build();

    public GenerationReport First { get; private set; } = null!;

    public GenerationReport Second { get; private set; } = null!;

    public GenerationReport OtherSeed { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        First = await GenerateAsync("first.db", seed: 7);
        Second = await GenerateAsync("second.db", seed: 7);
        OtherSeed = await GenerateAsync("other.db", seed: 8);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return ValueTask.CompletedTask;
    }

    private Task<GenerationReport> GenerateAsync(string file, int seed) =>
        new CityDataGenerator(
                new GeneratorOptions
                {
                    DatabasePath = Path.Combine(_directory, file),
                    Seed = seed,
                    Organizations = Organizations,
                    Talents = Talents,
                    Certificates = Certificates,
                    CatalogueItems = CatalogueItems,
                    Classes = Classes,
                    TrainingRecords = TrainingRecords,
                    Samples = 500,
                },
                Configuration,
                "Test",
                TextWriter.Null)
            .RunAsync(TestContext.Current.CancellationToken);
}
