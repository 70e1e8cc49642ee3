using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZhuhaiArtisan.Application.Common.Auditing;
using ZhuhaiArtisan.Application.Common.Privacy;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.DataGenerator.Catalogue;
using ZhuhaiArtisan.DataGenerator.Modules;
using ZhuhaiArtisan.DataGenerator.Organizations;
using ZhuhaiArtisan.DataGenerator.Progress;
using ZhuhaiArtisan.DataGenerator.ReferenceData;
using ZhuhaiArtisan.DataGenerator.Samples;
using ZhuhaiArtisan.DataGenerator.Sqlite;
using ZhuhaiArtisan.DataGenerator.Talents;
using ZhuhaiArtisan.DataGenerator.Training;
using ZhuhaiArtisan.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence;

namespace ZhuhaiArtisan.DataGenerator;

/// <summary>
/// Builds the database: the schema through the API's own SQLite migrations and its reference data
/// through its own loader (the Infrastructure layer composed as the API composes it), then each
/// module's rows in bulk, then the sample file.
/// </summary>
public sealed class CityDataGenerator(GeneratorOptions options, IConfiguration configuration, string environmentName, TextWriter output)
{
    /// <summary>In order: a module may use what an earlier one wrote.</summary>
    private static IReadOnlyList<IModuleWriter> Modules => [new OrganizationWriter(), new TalentWriter(), new CatalogueWriter(), new TrainingWriter()];

    public async Task<GenerationReport> RunAsync(CancellationToken cancellationToken)
    {
        var progress = new ProgressReporter(output);
        var database = Path.GetFullPath(options.DatabasePath);
        var samples = Path.GetFullPath(options.SamplesPath);
        PrepareFiles(database, samples);
        progress.Write(string.Create(CultureInfo.InvariantCulture,
            $"{database}: seed {options.Seed}, {options.Organizations:N0} organisations, {options.Talents:N0} talents, {options.Certificates:N0} certificates, {options.CatalogueItems:N0} catalogue items, {options.Classes:N0} classes, {options.TrainingRecords:N0} training records, as of {options.AsOf:yyyy-MM-dd}, {environmentName} keys"));

        try
        {
            GenerationContext context;
            await using (var services = Services(database))
            {
                var protector = Protector(services);
                await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
                await using var scope = services.CreateAsyncScope();
                var reference = await ReferenceSnapshot.ReadAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), cancellationToken);
                context = new GenerationContext(options, reference, protector, progress);
            }

            // EF's pooled connections would keep the file open and block the change of journal mode.
            SqliteConnection.ClearAllPools();
            progress.Write($"schema migrated and reference data loaded: {context.Reference.Districts.Count} districts, {context.Reference.Occupations.Count} occupations");

            var loading = Stopwatch.StartNew();
            var modules = Modules;
            using (var session = BulkLoadSession.Open(database, modules.SelectMany(m => m.Tables).ToList(), progress))
            {
                foreach (var module in modules)
                {
                    module.Write(context, session, cancellationToken);
                }

                session.Complete();
            }

            loading.Stop();
            SampleFile.Write(samples, options, context.Counts, context.Samples);
            var report = new GenerationReport(database, samples, context.Counts, loading.Elapsed, progress.Elapsed);
            progress.Write(string.Create(CultureInfo.InvariantCulture,
                $"done: {report.Rows:N0} rows ({string.Join(", ", report.Counts.Select(c => $"{c.Key} {c.Value:N0}"))}); loading {report.Loading.TotalSeconds:0.0} s ({report.Rows / report.Loading.TotalSeconds:N0} rows/s), total {report.Total.TotalSeconds:0.0} s"));
            progress.Write($"samples: {samples}");
            return report;
        }
        catch
        {
            // A half-built database must not be mistaken for a whole one.
            SqliteConnection.ClearAllPools();
            Delete(database, samples);
            throw;
        }
    }

    private IPersonalDataProtector Protector(IServiceProvider services)
    {
        try
        {
            return services.GetRequiredService<IPersonalDataProtector>();
        }
        catch (OptionsValidationException exception)
        {
            // The API would refuse to start with these settings, so it could not read what would be generated with them.
            throw new GenerationException($"The {environmentName} configuration has no usable PersonalData keys: {string.Join(" ", exception.Failures)}");
        }
    }

    private void PrepareFiles(string database, string samples)
    {
        if (File.Exists(database))
        {
            if (!options.Replace)
            {
                throw new GenerationException($"{database} exists; pass --replace to build it again.");
            }

            Delete(database, samples);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
    }

    private static void Delete(string database, string samples)
    {
        foreach (var file in new[] { database, database + "-wal", database + "-shm", database + "-journal", samples })
        {
            File.Delete(file);
        }
    }

    /// <summary>The Infrastructure layer as the API composes it, pointed at the new file, without demo data.</summary>
    private ServiceProvider Services(string database)
    {
        var settings = new ConfigurationBuilder()
            .AddConfiguration(configuration)
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = nameof(DatabaseProvider.Sqlite),
                ["Database:ConnectionString"] = new SqliteConnectionStringBuilder { DataSource = database }.ToString(),
                ["Database:MigrateOnStartup"] = "true",
                ["Database:SeedDemoData"] = "false",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging
            .AddSimpleConsole(console => console.SingleLine = true)
            .SetMinimumLevel(LogLevel.Warning)
            // The note that one of the project's migrations runs outside a transaction: the API shows it too; here it only distracts.
            .AddFilter("Microsoft.EntityFrameworkCore.Migrations", LogLevel.Error));
        services.AddInfrastructure(settings);
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment
        {
            EnvironmentName = environmentName,
            ApplicationName = "ZhuhaiArtisan.DataGenerator",
            ContentRootPath = AppContext.BaseDirectory,
            ContentRootFileProvider = new NullFileProvider(),
        });
        services.AddScoped<ICurrentUser, GeneratorUser>();
        services.AddScoped<IOperationContext, GeneratorOperation>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = false, ValidateScopes = true });
    }
}
