using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;

namespace ZhuhaiArtisan.Api.FunctionalTests.Platform;

/// <summary>The request log as an operator reads it: what needs attention at Information and above, the rest at Debug.</summary>
public sealed class RequestLogTests(RequestLogCapturingApiFactory api) : IClassFixture<RequestLogCapturingApiFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SuccessfulRequest_IsLoggedAtDebug_WithoutItsQueryString()
    {
        var response = await api.CreateClient().GetAsync("/api/v1/skill-levels?marker=440402199001011234", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var line = Assert.Single(api.Log.Lines(), l => l.Message.Contains("/api/v1/skill-levels", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Debug, line.Level);
        Assert.Contains("responded 200", line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("440402199001011234", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusedRequest_IsLoggedAtInformation()
    {
        var response = await api.CreateClient().GetAsync("/api/v1/talents", Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var line = Assert.Single(api.Log.Lines(), l => l.Message.Contains("GET /api/v1/talents responded", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Contains("responded 401", line.Message, StringComparison.Ordinal);
    }
}

/// <summary>A request slower than the threshold is a warning, whatever its status.</summary>
public sealed class SlowRequestLogTests(SlowRequestLogCapturingApiFactory api) : IClassFixture<SlowRequestLogCapturingApiFactory>
{
    [Fact]
    public async Task RequestSlowerThanTheThreshold_IsLoggedAsAWarning()
    {
        var response = await api.CreateClient().GetAsync("/api/v1/districts", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var line = Assert.Single(api.Log.Lines(), l => l.Message.Contains("/api/v1/districts", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Contains("slower than expected", line.Message, StringComparison.Ordinal);
    }
}

public class RequestLogCapturingApiFactory : SqliteApiFactory
{
    public CapturedLog Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Logging:LogLevel:ZhuhaiArtisan.Api.Http.RequestLoggingMiddleware", "Debug");
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
    }
}

public sealed class SlowRequestLogCapturingApiFactory : RequestLogCapturingApiFactory
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["RequestLogging:SlowRequestThreshold"] = "00:00:00.0000001",
    };
}

/// <summary>Keeps what the request log writes, for the tests to read.</summary>
public sealed class CapturedLog : ILoggerProvider
{
    private const string Category = "ZhuhaiArtisan.Api.Http.RequestLoggingMiddleware";
    private readonly ConcurrentQueue<(LogLevel Level, string Message)> _lines = new();

    public IReadOnlyList<(LogLevel Level, string Message)> Lines() => [.. _lines];

    public ILogger CreateLogger(string categoryName) => categoryName == Category ? new Writer(_lines) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public void Dispose()
    {
    }

    private sealed class Writer(ConcurrentQueue<(LogLevel Level, string Message)> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue((logLevel, formatter(state, exception)));
    }
}
