using Microsoft.Extensions.Configuration;

namespace ZhuhaiArtisan.DataGenerator;

/// <summary>
/// The configuration the API itself would see in the same environment (its appsettings files, user
/// secrets in Development, environment variables), so the generator encrypts and hashes with the
/// PersonalData keys an API started on the generated database will use.
/// </summary>
public static class GeneratorConfiguration
{
    /// <summary>The generated database is for development and benchmarks: the Development demo keys unless told otherwise.</summary>
    public const string DefaultEnvironment = "Development";

    private const string ApiUserSecretsId = "zhuhai-artisan-api";

    public static string EnvironmentName(GeneratorOptions options) =>
        options.Environment
        ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
        ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
        ?? DefaultEnvironment;

    public static IConfiguration Build(string environmentName)
    {
        var settings = Path.Combine(AppContext.BaseDirectory, "api-settings");
        var builder = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(settings, "appsettings.json"), optional: false)
            .AddJsonFile(Path.Combine(settings, $"appsettings.{environmentName}.json"), optional: true);
        if (string.Equals(environmentName, "Development", StringComparison.OrdinalIgnoreCase))
        {
            builder.AddUserSecrets(ApiUserSecretsId);
        }

        return builder.AddEnvironmentVariables().Build();
    }
}
