using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polly;
using ZhuhaiArtisan.Application.Common.Privacy;
using ZhuhaiArtisan.Application.Access.Common;
using ZhuhaiArtisan.Application.Catalogue.Common;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Integration.Common;
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
using ZhuhaiArtisan.Infrastructure.Webhooks;

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
        services.AddSingleton<AuditingInterceptor>();
        services.AddSingleton<DomainEventDispatchInterceptor>();
        services.AddScoped<DomainEventDispatcher>();
        services.AddSingleton<CatalogueChangeSequencer>();
        services.AddScoped<IBulkInserter, Persistence.BulkInsert.ModelBulkInserter>();
        services.AddScoped<IBulkUpdater, Persistence.BulkUpdate.ModelBulkUpdater>();
        services.AddScoped<IPlannerStatistics, Persistence.Statistics.PlannerStatistics>();
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                // From a factory, so that the container disposes it (and closes the connections) with itself.
                services.AddSingleton(_ => new SqliteContextConnections(database.ConnectionString, database.SqliteMemoryMapBytes));
                var checkpoints = new SqliteWalCheckpoints();
                services.AddSingleton(checkpoints);
                services.AddSingleton(sp => ActivatorUtilities.CreateInstance<SqliteWalCheckpointer>(sp, database.ConnectionString));
                services.AddHostedService(sp => sp.GetRequiredService<SqliteWalCheckpointer>());
                AddPooledContext<SqliteAppDbContext>(
                    services,
                    options =>
                    {
                        options.UseSqlite(database.ConnectionString, DatabaseOptions.ConfigureSqlite);
                        options.AddInterceptors(checkpoints);
                        if (database.SqliteReusesPreparedQueries)
                        {
                            options.AddInterceptors(new SqlitePreparedQueries());
                        }
                    },
                    (sp, context) => sp.GetRequiredService<SqliteContextConnections>().Open(context));
                break;
            case DatabaseProvider.SqlServer:
                AddPooledContext<SqlServerAppDbContext>(services, options => options.UseSqlServer(database.ConnectionString, DatabaseOptions.ConfigureSqlServer));
                break;
            case DatabaseProvider.PostgreSql:
                AddPooledContext<NpgsqlAppDbContext>(services, options => options.UseNpgsql(database.ConnectionString, DatabaseOptions.ConfigureNpgsql));
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
        AddWebhooks(services, configuration);
        return services;
    }

    /// <summary>
    /// The webhook dispatcher and its HttpClient: connections only to allowed addresses (checked
    /// at connect time), no redirects, and per endpoint a resilience pipeline of its own — a
    /// circuit breaker around the attempt timeout. Retries are scheduled by the outbox, not here.
    /// </summary>
    private static void AddWebhooks(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookOptions>()
            .Bind(configuration.GetSection(WebhookOptions.SectionName))
            .Validate(o => o.Lease > o.AttemptTimeout, "Webhooks:Lease must be longer than Webhooks:AttemptTimeout, or a live sender's deliveries are taken over.")
            .Validate(o => o.AttemptTimeout > TimeSpan.Zero && o.PollInterval > TimeSpan.Zero, "Webhooks:AttemptTimeout and Webhooks:PollInterval must be positive.")
            .Validate(o => o.MaxAttempts >= 1 && o.BatchSize >= 1, "Webhooks:MaxAttempts and Webhooks:BatchSize must be at least 1.")
            .Validate(o => o.RetryBaseDelay > TimeSpan.Zero && o.RetryMaxDelay >= o.RetryBaseDelay, "Webhooks:RetryBaseDelay must be positive and at most Webhooks:RetryMaxDelay.")
            .Validate(o => o.DeliveryRetention > TimeSpan.Zero && o.PurgeInterval > TimeSpan.Zero, "Webhooks:DeliveryRetention and Webhooks:PurgeInterval must be positive.")
            .ValidateOnStart();
        services.AddSingleton<WebhookAddressGuard>();
        services.AddSingleton<IWebhookUrlPolicy, WebhookUrlPolicy>();
        services.AddSingleton<WebhookSender>();
        services.AddHostedService<WebhookDispatcher>();
        services.AddHostedService<FinishedWebhookDeliveriesPurger>();
        services.AddHttpClient(WebhookSender.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                ConnectCallback = sp.GetRequiredService<WebhookAddressGuard>().ConnectAsync,
                AllowAutoRedirect = false,
                UseCookies = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            })
            .AddResilienceHandler("webhook-endpoint", (pipeline, context) =>
            {
                var settings = context.ServiceProvider.GetRequiredService<IOptions<WebhookOptions>>().Value;
                pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    FailureRatio = settings.CircuitBreakerFailureRatio,
                    MinimumThroughput = settings.CircuitBreakerMinimumThroughput,
                    SamplingDuration = settings.CircuitBreakerSamplingDuration,
                    BreakDuration = settings.CircuitBreakerBreakDuration,
                });
                pipeline.AddTimeout(settings.AttemptTimeout);
            })
            .SelectPipelineBy(_ => request => request.Options.TryGetValue(WebhookSender.EndpointKey, out var endpoint) ? endpoint : "unknown");
    }

    /// <summary>
    /// Contexts come from a pool: their options, internal services and model are built once, not
    /// for every request. EF leases one to a scope when the scope first asks for it and takes it
    /// back when the scope ends (the container disposing the context itself, once for each service
    /// type it was resolved as, does not return it). Resolving it as <see cref="AppDbContext"/>
    /// tells the shared save interceptors whose scope it now serves.
    /// </summary>
    private static void AddPooledContext<TContext>(
        IServiceCollection services, Action<DbContextOptionsBuilder> provider, Action<IServiceProvider, TContext>? onLease = null)
        where TContext : AppDbContext
    {
        services.AddDbContextPool<TContext>((sp, options) =>
        {
            provider(options);
            // In this order: the events' handlers add records, the sequencer numbers the change-feed
            // records among them, the audit records the rest.
            options.AddInterceptors(
                sp.GetRequiredService<DomainEventDispatchInterceptor>(),
                sp.GetRequiredService<CatalogueChangeSequencer>(),
                sp.GetRequiredService<AuditingInterceptor>());
        });
        services.AddScoped<AppDbContext>(sp =>
        {
            var context = sp.GetRequiredService<TContext>();
            onLease?.Invoke(sp, context);
            context.LeaseTo(sp);
            return context;
        });
    }
}
