using Npgsql;
using ZhuhaiArtisan.Infrastructure.Persistence;

namespace ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;

/// <summary>
/// A real PostgreSQL server: the one named by <c>ZA_TEST_POSTGRES</c> (a connection string), or a
/// throwaway cluster started on 127.0.0.1 from the installed binaries. Without either the tests
/// skip, except under <c>CI=true</c>, where a missing server is a failure.
/// </summary>
public sealed class PostgreSqlApiFactory : ApiFactory
{
    private PostgreSqlCluster? _cluster;

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    // The national-cryptography configuration runs here, so both ciphers are exercised end to end.
    protected override IReadOnlyDictionary<string, string?> PersonalDataSettings => new Dictionary<string, string?>
    {
        ["PersonalData:ActiveKeyId"] = "test-sm4",
        ["PersonalData:Keys:0:Id"] = "test-sm4",
        ["PersonalData:Keys:0:Cipher"] = "Sm4Gcm",
        ["PersonalData:Keys:0:Key"] = "AAECAwQFBgcICQoLDA0ODw==",
        ["PersonalData:LookupHashAlgorithm"] = "HmacSm3",
        ["PersonalData:LookupHashKey"] = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=",
    };

    protected override async Task StartDatabaseAsync()
    {
        var database = $"zhuhai_artisan_{Guid.NewGuid():N}";
        var configured = Environment.GetEnvironmentVariable("ZA_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            ConnectionString = new NpgsqlConnectionStringBuilder(configured) { Database = database }.ConnectionString;
            return;
        }

        try
        {
            _cluster = await PostgreSqlCluster.StartAsync();
            ConnectionString = _cluster.ConnectionString(database);
        }
        catch (PostgreSqlUnavailableException exception)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"CI=true requires PostgreSQL: {exception.Message}", exception);
            }

            SkipReason = $"PostgreSQL is not available: {exception.Message} (install Debian's postgresql package, or set ZA_TEST_POSTGRES).";
        }
    }

    protected override async Task StopDatabaseAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}
