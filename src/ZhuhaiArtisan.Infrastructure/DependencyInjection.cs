using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ZhuhaiArtisan.Application.Common.Privacy;
using ZhuhaiArtisan.Application.Access.Common;
using ZhuhaiArtisan.Application.Catalogue.Common;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Talents.Common;
using ZhuhaiArtisan.Infrastructure.Exports;
using ZhuhaiArtisan.Infrastructure.Idempotency;
using ZhuhaiArtisan.Infrastructure.Imports;
using ZhuhaiArtisan.Infrastructure.Persistence;
using ZhuhaiArtisan.Infrastructure.Persistence.Interceptors;
using ZhuhaiArtisan.Infrastructure.Persistence.Providers;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;
using ZhuhaiArtisan.Infrastructure.Privacy;
using ZhuhaiArtisan.Infrastructure.Security;

namespace ZhuhaiArtisan.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.SectionName));
        services.Configure<ReferenceDataOptions>(configuration.GetSection(ReferenceDataOptions.SectionName));
        services.AddOptions<IdempotencyOptions>()
            .Bind(configuration.GetSection(IdempotencyOptions.SectionName))
            .Validate(o => o.Retention >= IdempotencyOptions.MinimumRetention, "Idempotency:Retention must be at least 24 hours.")
            .Validate(o => o.PurgeInterval > TimeSpan.Zero, "Idempotency:PurgeInterval must be positive.")
            .Validate(o => o.InProgressLease > TimeSpan.Zero, "Idempotency:InProgressLease must be positive.")
            .ValidateOnStart();
        services.Configure<SecurityOptions>(configuration.GetSection(SecurityOptions.SectionName));
        services.AddOptions<PersonalDataOptions>().Bind(configuration.GetSection(PersonalDataOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PersonalDataOptions>, PersonalDataOptionsValidator>();
        services.AddSingleton<IPersonalDataProtector, PersonalDataProtector>();

        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddScoped<AuditingInterceptor>();
        services.AddScoped<DomainEventDispatcher>();
        services.AddScoped<DomainEventDispatchInterceptor>();
        services.AddSingleton<CatalogueChangeSequencer>();
        services.AddScoped<IBulkInserter, Persistence.BulkInsert.ModelBulkInserter>();
        services.AddScoped<IPlannerStatistics, Persistence.Statistics.PlannerStatistics>();
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContext<AppDbContext, SqliteAppDbContext>((sp, options) =>
                    Interceptors(sp, options.UseSqlite(database.ConnectionString, DatabaseOptions.ConfigureSqlite)));
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContext<AppDbContext, SqlServerAppDbContext>((sp, options) =>
                    Interceptors(sp, options.UseSqlServer(database.ConnectionString, DatabaseOptions.ConfigureSqlServer)));
                break;
            case DatabaseProvider.PostgreSql:
                services.AddDbContext<AppDbContext, NpgsqlAppDbContext>((sp, options) =>
                    Interceptors(sp, options.UseNpgsql(database.ConnectionString, DatabaseOptions.ConfigureNpgsql)));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider '{database.Provider}'.");
        }

        services.AddScoped<IApplicationDbContext>(sp => sp.GetRequiredService<AppDbContext>());
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ICursorCodec, HmacCursorCodec>();
        services.AddSingleton<IApiKeyGenerator, ApiKeyGenerator>();
        services.AddSingleton<IdempotencyStore>();
        services.AddHostedService<ExpiredIdempotencyRecordsPurger>();
        services.Configure<TalentImportOptions>(configuration.GetSection(TalentImportOptions.SectionName));
        services.AddSingleton<ITalentImportParser, TalentImportParser>();
        services.AddSingleton<TalentImportQueue>();
        services.AddSingleton<ITalentImportQueue>(sp => sp.GetRequiredService<TalentImportQueue>());
        services.AddHostedService<TalentImportWorker>();
        services.AddScoped<ReferenceDataLoader>();
        services.AddScoped<DemoDataSeeder>();
        services.AddSingleton<ICatalogueEditionExporter, CatalogueEditionExporter>();
        services.AddSingleton<DatabaseInitializer>();
        return services;
    }

    private static void Interceptors(IServiceProvider services, DbContextOptionsBuilder options) =>
        // In this order: the events' handlers add records, the sequencer numbers the change-feed
        // records among them, the audit records the rest.
        options.AddInterceptors(
            services.GetRequiredService<DomainEventDispatchInterceptor>(),
            services.GetRequiredService<CatalogueChangeSequencer>(),
            services.GetRequiredService<AuditingInterceptor>());
}
