using System.Globalization;

namespace ZhuhaiArtisan.DataGenerator;

/// <summary>What to generate, from the command line. The defaults build the city-scale data set of DESIGN §7.</summary>
public sealed record GeneratorOptions
{
    public const string Usage = """
        Builds a city-scale SQLite database for ZhuhaiArtisan: the API's own migrations and reference
        data, then organisations, talents, skill certificates, appointments and honours, the
        training catalogue with its published edition, training classes and training records.

        dotnet run -c Release --project tools/ZhuhaiArtisan.DataGenerator -- [options]

          --database PATH       the SQLite file to create (default artifacts/city.db)
          --seed N              the same seed gives the same data (default 42)
          --organizations N     default 100000
          --talents N           default 2000000
          --certificates N      skill certificates, at most 6 per talent (default 3000000)
          --catalogue-items N   catalogue items of qualified institutions, published as one edition (default 20000)
          --classes N           training classes of the approved items (default 50000)
          --training-records N  enrolments, with their attendance and completions (default 1000000)
          --samples N           identity and certificate numbers written to PATH.samples.json (default 10000)
          --as-of YYYY-MM-DD    the day the data describes; ages and dates are counted from it (default 2026-11-25)
          --replace             delete an existing database (and its samples) first
          --environment NAME    whose PersonalData keys to use, as the API reads them
                                (default: ASPNETCORE_ENVIRONMENT, DOTNET_ENVIRONMENT, else Development)
        """;

    internal const int OrganizationMinimum = 8;

    internal const int MaximumCertificatesPerTalent = 6;

    internal const int MaximumAverageEnrolments = 40;

    public string DatabasePath { get; init; } = Path.Combine("artifacts", "city.db");

    public int Seed { get; init; } = 42;

    public int Organizations { get; init; } = 100_000;

    public int Talents { get; init; } = 2_000_000;

    public int Certificates { get; init; } = 3_000_000;

    public int CatalogueItems { get; init; } = 20_000;

    public int Classes { get; init; } = 50_000;

    /// <summary>Enrolments (报名); each brings its attendance (考勤) and, when its class has ended, mostly a completion (结业).</summary>
    public int TrainingRecords { get; init; } = 1_000_000;

    public int Samples { get; init; } = 10_000;

    /// <summary>Fixed rather than today's date, so that a seed gives the same data on any day.</summary>
    public DateOnly AsOf { get; init; } = new(2026, 11, 25);

    public bool Replace { get; init; }

    public string? Environment { get; init; }

    public string SamplesPath => DatabasePath + ".samples.json";

    /// <returns>The options, or null when help was asked for.</returns>
    /// <exception cref="ArgumentException">An unknown option or a bad value, with what is wrong.</exception>
    public static GeneratorOptions? Parse(IReadOnlyList<string> args)
    {
        var options = new GeneratorOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            options = name switch
            {
                "--help" or "-h" => null,
                "--database" => options with { DatabasePath = Value() },
                "--seed" => options with { Seed = Number(name, Value(), 0) },
                "--organizations" => options with { Organizations = Number(name, Value(), 1) },
                "--talents" => options with { Talents = Number(name, Value(), 1) },
                "--certificates" => options with { Certificates = Number(name, Value(), 0) },
                "--catalogue-items" => options with { CatalogueItems = Number(name, Value(), 0) },
                "--classes" => options with { Classes = Number(name, Value(), 0) },
                "--training-records" => options with { TrainingRecords = Number(name, Value(), 0) },
                "--samples" => options with { Samples = Number(name, Value(), 0) },
                "--as-of" => options with { AsOf = Date(name, Value()) },
                "--replace" => options with { Replace = true },
                "--environment" => options with { Environment = Value() },
                _ => throw new ArgumentException($"Unknown option '{name}'."),
            };
            if (options is null)
            {
                return null;
            }
        }

        if (options.Organizations < OrganizationMinimum)
        {
            throw new ArgumentException($"--organizations must be at least {OrganizationMinimum}: one of each type, and enterprises to employ talents.");
        }

        if (options.Certificates > (long)options.Talents * MaximumCertificatesPerTalent)
        {
            throw new ArgumentException($"--certificates can be at most {MaximumCertificatesPerTalent} per talent.");
        }

        if (options.Classes > 0 && options.CatalogueItems == 0)
        {
            throw new ArgumentException("--classes needs catalogue items to open them for.");
        }

        if (options.TrainingRecords > (long)options.Classes * MaximumAverageEnrolments)
        {
            throw new ArgumentException($"--training-records can be at most {MaximumAverageEnrolments} per class on average (the classes' capacity).");
        }

        return options;
    }

    private static int Number(string name, string value, int minimum) =>
        int.TryParse(value.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var number) && number >= minimum
            ? number
            : throw new ArgumentException($"{name} must be a whole number of at least {minimum}, not '{value}'.");

    private static DateOnly Date(string name, string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ArgumentException($"{name} must be a date such as 2026-11-25, not '{value}'.");
}
