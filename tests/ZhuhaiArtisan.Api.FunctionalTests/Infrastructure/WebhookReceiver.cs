using System.Collections.Concurrent;
using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;

/// <summary>One request as the receiver saw it.</summary>
public sealed record ReceivedWebhook(string Path, string Id, string Timestamp, string Signature, string Body, IHeaderDictionary Headers, DateTimeOffset ReceivedAt);

/// <summary>
/// A real HTTP receiver on 127.0.0.1 (Kestrel, a free port), as a partner would run one. Each
/// request is recorded, then answered as <see cref="Respond"/> says: a status, or held open
/// until the test lets it go (a timeout, or a sender killed mid-send).
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<ReceivedWebhook> _arrivals = Channel.CreateUnbounded<ReceivedWebhook>();
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private readonly CancellationTokenSource _stopping = new();

    private WebhookReceiver(WebApplication app) => _app = app;

    /// <summary>How to answer a request: its status code, or null to hold it open until the receiver stops.</summary>
    public Func<ReceivedWebhook, int?> Respond { get; set; } = _ => 200;

    /// <summary>How long to wait before answering (a slow receiver).</summary>
    public Func<ReceivedWebhook, TimeSpan> Delay { get; set; } = _ => TimeSpan.Zero;

    public string BaseUrl { get; private set; } = string.Empty;

    public IReadOnlyList<ReceivedWebhook> Received => _received.ToArray();

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/{**path}", receiver.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        receiver.BaseUrl = address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
        return receiver;
    }

    public string Url(string path = "hooks") => $"{BaseUrl}/{path}";

    /// <summary>Waits for the next request to arrive (whatever it is answered).</summary>
    public async Task<ReceivedWebhook> NextAsync(TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        try
        {
            return await _arrivals.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No webhook arrived within {within.TotalSeconds:0.#} s; received so far: {_received.Count}.");
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds of everything received.</summary>
    public async Task WaitUntilAsync(Func<IReadOnlyList<ReceivedWebhook>, bool> condition, TimeSpan within)
    {
        var deadline = DateTimeOffset.UtcNow + within;
        while (!condition(Received))
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"The receiver's condition did not hold within {within.TotalSeconds:0.#} s; received: {_received.Count}.");
            }

            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2)))
        {
            await _app.StopAsync(stop.Token);
        }

        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context, string? path)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var headers = new HeaderDictionary();
        foreach (var (name, value) in context.Request.Headers)
        {
            headers[name] = value;
        }

        var received = new ReceivedWebhook(
            path ?? string.Empty,
            headers["webhook-id"].ToString(),
            headers["webhook-timestamp"].ToString(),
            headers["webhook-signature"].ToString(),
            body,
            headers,
            DateTimeOffset.UtcNow);
        _received.Enqueue(received);
        _arrivals.Writer.TryWrite(received);

        var delay = Delay(received);
        var status = Respond(received);
        if (status is null)
        {
            // Held open: the sender times out, or is killed, before an answer comes.
            using var held = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token, context.RequestAborted);
            await Task.Delay(Timeout.Infinite, held.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            context.Response.StatusCode = (int)HttpStatusCode.ServiceUnavailable;
            return;
        }

        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay);
        }

        context.Response.StatusCode = status.Value;
    }
}
