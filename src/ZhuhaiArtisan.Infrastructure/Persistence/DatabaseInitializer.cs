using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Infrastructure.Persistence;

/// <summary>Brings the database up to date at start-up: migrations, reference data, demo data.</summary>
public sealed class DatabaseInitializer(IServiceScopeFactory scopes, IOptions<DatabaseOptions> options, IHostEnvironment environment)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();

        if (options.Value.MigrateOnStartup)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        await services.GetRequiredService<ReferenceDataLoader>().LoadAsync(cancellationToken);

        if (options.Value.SeedDemoData && !environment.IsProduction())
        {
            await services.GetRequiredService<DemoDataSeeder>().SeedAsync(cancellationToken);
        }
    }
}
