using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;

public sealed class PostgreSqlUnavailableException(string message) : Exception(message);

/// <summary>
/// A private PostgreSQL cluster in a temp directory, listening only on 127.0.0.1 at a free port,
/// started with initdb + pg_ctl (what Testcontainers would do with Docker). initdb refuses to run
/// as root, so as root the cluster belongs to the postgres user.
/// </summary>
public sealed class PostgreSqlCluster : IAsyncDisposable
{
    private readonly string _binaries;
    private readonly string _directory;
    private readonly bool _asPostgresUser;

    private PostgreSqlCluster(string binaries, string directory, int port, bool asPostgresUser)
    {
        _binaries = binaries;
        _directory = directory;
        Port = port;
        _asPostgresUser = asPostgresUser;
    }

    public int Port { get; }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Include Error Detail=true";

    public static async Task<PostgreSqlCluster> StartAsync()
    {
        var binaries = FindBinaries() ?? throw new PostgreSqlUnavailableException("no initdb under /usr/lib/postgresql/*/bin");
        var asPostgresUser = Environment.UserName == "root";
        var directory = Path.Combine(Path.GetTempPath(), $"za-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var cluster = new PostgreSqlCluster(binaries, directory, FreePort(), asPostgresUser);
        if (asPostgresUser)
        {
            await Run("chown", ["postgres:postgres", directory]);
            await Run("chmod", ["700", directory]);
        }

        await cluster.PgAsync("initdb", ["-D", directory, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"]);
        await cluster.PgAsync("pg_ctl", [
            "-D", directory, "-l", Path.Combine(directory, "server.log"),
            "-o", $"-c listen_addresses=127.0.0.1 -p {cluster.Port} -k {directory} -c fsync=off -c max_connections=200",
            "-w", "start",
        ]);
        return cluster;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await PgAsync("pg_ctl", ["-D", _directory, "-m", "immediate", "-w", "stop"]);
        }
        finally
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static string? FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return null;
        }

        return Directory.GetDirectories(root)
            .Select(version => Path.Combine(version, "bin"))
            .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
            .OrderByDescending(bin => bin, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private Task PgAsync(string tool, IReadOnlyList<string> arguments)
    {
        var executable = Path.Combine(_binaries, tool);
        return _asPostgresUser
            ? Run("runuser", ["-u", "postgres", "--", executable, .. arguments])
            : Run(executable, arguments);
    }

    private static async Task Run(string fileName, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new PostgreSqlUnavailableException($"could not start {fileName}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new PostgreSqlUnavailableException($"{Path.GetFileName(fileName)} exited with {process.ExitCode}: {await error}{await output}");
        }
    }
}
