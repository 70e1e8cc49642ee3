using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ZhuhaiArtisan.Application.Common.Auditing;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Infrastructure;

namespace ZhuhaiArtisan.DataGenerator.Tests;

/// <summary>The Infrastructure layer as the API composes it, on a generated database.</summary>
internal static class ApiPersistence
{
    public static ServiceProvider Open(IConfiguration configuration, string databasePath)
    {
        var settings = new ConfigurationBuilder()
            .AddConfiguration(configuration)
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["Database:ConnectionString"] = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly }.ToString(),
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddInfrastructure(settings);
        services.AddScoped<ICurrentUser, GeneratorUser>();
        services.AddScoped<IOperationContext, GeneratorOperation>();
        return services.BuildServiceProvider();
    }
}
