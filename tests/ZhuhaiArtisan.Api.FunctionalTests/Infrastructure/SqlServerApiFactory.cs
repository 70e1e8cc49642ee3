using Testcontainers.MsSql;
using ZhuhaiArtisan.Infrastructure.Persistence;

namespace ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;

/// <summary>SQL Server 2022 in a container, where a Docker engine exists; elsewhere every test skips, saying why.</summary>
public sealed class SqlServerApiFactory : ApiFactory
{
    private MsSqlContainer? _container;

    public override DatabaseProvider Provider => DatabaseProvider.SqlServer;

    protected override async Task StartDatabaseAsync()
    {
        try
        {
            _container = new MsSqlBuilder("mcr.microsoft.com/mssql/server:2022-CU14-ubuntu-22.04").Build();
            await _container.StartAsync();
            ConnectionString = _container.GetConnectionString();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            SkipReason = $"SQL Server runs in a container and no Docker engine is reachable here ({exception.GetType().Name}: {exception.Message.Split('\n')[0]}).";
        }
    }

    protected override async Task StopDatabaseAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }
}
