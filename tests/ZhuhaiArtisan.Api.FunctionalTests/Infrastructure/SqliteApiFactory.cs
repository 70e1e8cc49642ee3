using ZhuhaiArtisan.Infrastructure.Persistence;

namespace ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;

/// <summary>The embedded default: a SQLite file of its own in the temp directory.</summary>
public class SqliteApiFactory : ApiFactory
{
    private string _path = string.Empty;

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override Task StartDatabaseAsync()
    {
        _path = Path.Combine(Path.GetTempPath(), $"zhuhai-artisan-tests-{Guid.NewGuid():N}.db");
        ConnectionString = $"Data Source={_path};Pooling=False";
        return Task.CompletedTask;
    }

    protected override Task StopDatabaseAsync()
    {
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }

        return Task.CompletedTask;
    }
}
