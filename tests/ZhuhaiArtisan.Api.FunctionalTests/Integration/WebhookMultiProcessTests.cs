using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using StandardWebhooks;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Integration;

/// <summary>A PostgreSQL server for tests that start API processes of their own, each test on a database of its own.</summary>
public sealed class PostgreSqlServerFixture : IAsyncLifetime
{
    private PostgreSqlCluster? _cluster;
    private string? _configured;

    public string? SkipReason { get; private set; }

    public string NewDatabase()
    {
        var database = $"zhuhai_artisan_{Guid.NewGuid():N}";
        return _configured is not null
            ? new NpgsqlConnectionStringBuilder(_configured) { Database = database }.ConnectionString
            : _cluster!.ConnectionString(database);
    }

    public async ValueTask InitializeAsync()
    {
        _configured = Environment.GetEnvironmentVariable("ZA_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(_configured))
        {
            return;
        }

        _configured = null;
        try
        {
            _cluster = await PostgreSqlCluster.StartAsync();
        }
        catch (PostgreSqlUnavailableException exception)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"CI=true requires PostgreSQL: {exception.Message}", exception);
            }

            SkipReason = $"PostgreSQL is not available: {exception.Message}";
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}

/// <summary>
/// Two real API processes on one PostgreSQL database, as two instances behind a load balancer:
/// the outbox is shared, each delivery is sent by one of them, none is lost, and a delivery whose
/// sender is killed mid-send is sent again by the other with the same webhook-id.
/// </summary>
public sealed class WebhookMultiProcessTests(PostgreSqlServerFixture postgres) : IClassFixture<PostgreSqlServerFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoProcesses_SendEachDeliveryOnce_AndLoseNone()
    {
        SkipUnlessPostgreSql();
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Delay = _ => TimeSpan.FromMilliseconds(30);
        var settings = Settings(postgres.NewDatabase());
        await using var first = await ApiProcess.StartAsync(settings, Cancel);
        await using var second = await ApiProcess.StartAsync(settings, Cancel);
        const int endpointCount = 10;
        var secrets = new Dictionary<string, string>();
        for (var i = 0; i < endpointCount; i++)
        {
            var (id, secret) = await RegisterAsync(i % 2 == 0 ? first : second, receiver.Url($"e{i}"));
            secrets[$"e{i}"] = secret;
        }

        // Three editions, published through either instance: 30 deliveries in the shared outbox.
        const int editions = 3;
        for (var i = 0; i < editions; i++)
        {
            await PublishAsync(i % 2 == 0 ? second : first);
        }

        const int expected = endpointCount * editions;
        await receiver.WaitUntilAsync(r => r.Select(w => w.Id).Distinct().Count() >= expected, Patience);
        // Time for a second sender of any delivery to show itself.
        await Task.Delay(TimeSpan.FromSeconds(2), Cancel);

        var received = receiver.Received;
        Assert.Equal(expected, received.Count);
        Assert.Equal(expected, received.Select(w => w.Id).Distinct().Count());
        Assert.All(received, w => new StandardWebhook(secrets[w.Path]).Verify(w.Body, w.Headers));
        Assert.Equal(endpointCount, received.Select(w => w.Path).Distinct().Count());
        Assert.False(first.HasExited || second.HasExited);
    }

    [Fact]
    public async Task ProcessKilledMidSend_TheOtherSendsTheDeliveryAgainWithTheSameId()
    {
        SkipUnlessPostgreSql();
        await using var receiver = await WebhookReceiver.StartAsync();
        var held = 1;
        // The first request is held open: its sender is killed before an answer comes.
        receiver.Respond = _ => Interlocked.Exchange(ref held, 0) == 1 ? null : 200;
        var settings = Settings(postgres.NewDatabase());
        await using var doomed = await ApiProcess.StartAsync(settings, Cancel);
        var (endpointId, secret) = await RegisterAsync(doomed, receiver.Url());

        await PublishAsync(doomed);
        var inFlight = await receiver.NextAsync(Patience);
        doomed.Kill();

        // The survivor finds the delivery when the dead sender's lease runs out.
        await using var survivor = await ApiProcess.StartAsync(settings, Cancel);
        var again = await receiver.NextAsync(Patience);

        Assert.Equal(inFlight.Id, again.Id);
        Assert.Equal(inFlight.Body, again.Body);
        new StandardWebhook(secret).Verify(again.Body, again.Headers);
        var deadline = DateTimeOffset.UtcNow + Patience;
        JsonElement delivery;
        do
        {
            await Task.Delay(100, Cancel);
            using var client = Partner(survivor);
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/webhook-endpoints/{endpointId}/deliveries", Cancel);
            delivery = page.GetProperty("items")[0];
        }
        while (delivery.GetProperty("status").GetString() != "succeeded" && DateTimeOffset.UtcNow < deadline);

        Assert.Equal("succeeded", delivery.GetProperty("status").GetString());
        Assert.Equal(inFlight.Id, delivery.GetProperty("messageId").GetString());
        Assert.Equal(2, receiver.Received.Count);
    }

    private void SkipUnlessPostgreSql()
    {
        if (postgres.SkipReason is not null)
        {
            Assert.Skip(postgres.SkipReason);
        }
    }

    private static Dictionary<string, string?> Settings(string connectionString)
    {
        var settings = new Dictionary<string, string?>(ApiFactory.WebhookTestSettings)
        {
            ["Database:Provider"] = "PostgreSql",
            ["Database:ConnectionString"] = connectionString,
            ["Auth:SigningKey"] = ApiFactory.SigningKey,
            ["Auth:EnableDevTokens"] = "true",
            ["Security:CursorSigningKey"] = "functional-tests-cursor-signing-key",
            ["RateLimiting:AnonymousPermitLimit"] = "100000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:Console:FormatterName"] = "simple",
            ["PersonalData:ActiveKeyId"] = "test-aes",
            ["PersonalData:Keys:0:Id"] = "test-aes",
            ["PersonalData:Keys:0:Cipher"] = "Aes256Gcm",
            ["PersonalData:Keys:0:Key"] = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
            ["PersonalData:LookupHashAlgorithm"] = "HmacSha256",
            ["PersonalData:LookupHashKey"] = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=",
        };
        return settings;
    }

    private static HttpClient Partner(ApiProcess api)
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DemoData.PartnerApiKey);
        return client;
    }

    private static async Task<(string Id, string Secret)> RegisterAsync(ApiProcess api, string url)
    {
        using var client = Partner(api);
        var response = await client.PostAsJsonAsync("/api/v1/webhook-endpoints", new { url, eventTypes = new[] { "catalogue.edition.published" } }, Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        return (body.GetProperty("endpoint").GetProperty("id").GetString()!, body.GetProperty("secret").GetString()!);
    }

    private static async Task PublishAsync(ApiProcess api)
    {
        using var client = api.CreateClient();
        var token = await client.PostAsJsonAsync("/dev/tokens", new { role = "CityAdmin" }, Cancel);
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        var response = await client.PostAsJsonAsync("/api/v1/catalogue-editions", new { title = "测试目录" }, Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
    }
}
