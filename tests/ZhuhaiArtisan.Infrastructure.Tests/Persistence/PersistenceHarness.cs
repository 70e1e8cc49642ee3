using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ZhuhaiArtisan.Application.Common.Auditing;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence;

namespace ZhuhaiArtisan.Infrastructure.Tests.Persistence;

/// <summary>
/// The Infrastructure layer as the API composes it, on a private SQLite database: in memory, or
/// in a file of its own when a test needs the database as the API has it.
/// </summary>
public sealed class PersistenceHarness : IAsyncDisposable
{
    private readonly SqliteConnection? _keepAlive;
    private readonly string? _file;

    private PersistenceHarness(ServiceProvider services, SqliteConnection? keepAlive, string? file, FakeTimeProvider clock)
    {
        Services = services;
        _keepAlive = keepAlive;
        _file = file;
        Clock = clock;
    }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock { get; }

    public TestUser User => Services.GetRequiredService<TestUser>();

    public static async Task<PersistenceHarness> StartAsync(Action<IServiceCollection>? configure = null)
    {
        var connectionString = $"Data Source=file:persistence-{Guid.NewGuid():N}?mode=memory&cache=shared";
        var keepAlive = new SqliteConnection(connectionString);
        await keepAlive.OpenAsync();
        return await StartAsync(connectionString, keepAlive, null, configure);
    }

    /// <summary>On a database file that does not exist yet, as on the API's first start.</summary>
    public static Task<PersistenceHarness> StartOnFileAsync(
        Action<IServiceCollection>? configure = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var file = Path.Combine(Path.GetTempPath(), $"zhuhai-artisan-persistence-{Guid.NewGuid():N}.db");
        return StartAsync($"Data Source={file};Pooling=False", null, file, configure, settings);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_keepAlive is not null)
        {
            await _keepAlive.DisposeAsync();
        }

        if (_file is not null)
        {
            foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static async Task<PersistenceHarness> StartAsync(
        string connectionString,
        SqliteConnection? keepAlive,
        string? file,
        Action<IServiceCollection>? configure,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = connectionString,
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddInfrastructure(configuration);
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<TestUser>();
        services.AddSingleton<ICurrentUser>(sp => sp.GetRequiredService<TestUser>());
        services.AddScoped<IOperationContext, TestOperation>();
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();

        using var scope = provider.CreateScope();
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.MigrateAsync();
        return new PersistenceHarness(provider, keepAlive, file, clock);
    }

    public sealed class TestUser : ICurrentUser
    {
        public bool IsAuthenticated => true;

        public string Actor { get; set; } = "tester";

        public string Role { get; set; } = Roles.CityAdmin;

        public Guid? OrganizationId => null;

        public string? DistrictCode => null;

        public Guid? TalentId => null;

        public Guid? ClientId => null;
    }

    private sealed class TestOperation : IOperationContext
    {
        public string? OperationName { get; set; } = "TestOperation";
    }
}
