using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;

/// <summary>
/// The built API as a real process of its own (<c>dotnet ZhuhaiArtisan.Api.dll --urls …</c>) on a
/// free port of 127.0.0.1, for tests of several instances on one database and of an instance
/// killed mid-work. Settings are passed as command-line configuration.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ApiProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the process wrote, for a failing test's message.</summary>
    public string RecentOutput => string.Join(Environment.NewLine, _output.TakeLast(40));

    public static async Task<ApiProcess> StartAsync(IReadOnlyDictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var directory = AppContext.BaseDirectory;
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(directory, "ZhuhaiArtisan.Api.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var api = new ApiProcess(process, port);
        process.OutputDataReceived += (_, line) => api.Record(line.Data);
        process.ErrorDataReceived += (_, line) => api.Record(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await api.WaitUntilLiveAsync(cancellationToken);
        return api;
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    /// <summary>Ends the process at once, as a crash or an OOM kill would: no graceful shutdown.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 400 && _output.TryDequeue(out _))
        {
        }
    }

    private async Task WaitUntilLiveAsync(CancellationToken cancellationToken)
    {
        using var client = CreateClient();
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(90);
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The API process exited with {_process.ExitCode}:{Environment.NewLine}{RecentOutput}");
            }

            try
            {
                if ((await client.GetAsync("/health/ready", cancellationToken)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200, cancellationToken);
        }

        throw new TimeoutException($"The API process did not become ready:{Environment.NewLine}{RecentOutput}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
