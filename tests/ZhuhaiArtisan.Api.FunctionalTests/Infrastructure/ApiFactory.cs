using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZhuhaiArtisan.Infrastructure.Persistence;

namespace ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;

/// <summary>
/// The whole API in memory on one database. Each provider's subclass starts its database in
/// <see cref="InitializeAsync"/>; when it cannot, it records why and every test skips saying so.
/// </summary>
public abstract class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string SigningKey = "functional-tests-signing-key-at-least-32-bytes-long";

    /// <summary>A key that ships with no code, as a production deployment's would.</summary>
    public const string ProductionSigningKey = "a-secret-only-this-test-run-knows-0123456789";

    private readonly Dictionary<string, string> _tokens = [];

    public abstract DatabaseProvider Provider { get; }

    /// <summary>Why this provider's tests cannot run here, or null when they can.</summary>
    public string? SkipReason { get; protected set; }

    protected string ConnectionString { get; set; } = string.Empty;

    protected virtual string EnvironmentName => "Testing";

    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    /// <summary>Test keys for personal information; each provider's factory may pick its cipher.</summary>
    protected virtual IReadOnlyDictionary<string, string?> PersonalDataSettings => new Dictionary<string, string?>
    {
        ["PersonalData:ActiveKeyId"] = "test-aes",
        ["PersonalData:Keys:0:Id"] = "test-aes",
        ["PersonalData:Keys:0:Cipher"] = "Aes256Gcm",
        ["PersonalData:Keys:0:Key"] = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
        ["PersonalData:LookupHashAlgorithm"] = "HmacSha256",
        ["PersonalData:LookupHashKey"] = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=",
    };

    /// <summary>
    /// Webhooks to receivers on 127.0.0.1 over plain HTTP, polled, retried and timed out in
    /// fractions of a second so the delivery tests stay fast. The circuit breaker needs more
    /// failures than one test makes, so it does not open on the tests of retries.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> WebhookTestSettings { get; } = new Dictionary<string, string?>
    {
        ["Webhooks:AllowLoopbackHttp"] = "true",
        ["Webhooks:PollInterval"] = "00:00:00.100",
        ["Webhooks:AttemptTimeout"] = "00:00:01",
        ["Webhooks:Lease"] = "00:00:03",
        ["Webhooks:RetryBaseDelay"] = "00:00:00.200",
        ["Webhooks:RetryMaxDelay"] = "00:00:01",
        ["Webhooks:MaxAttempts"] = "4",
        ["Webhooks:CircuitBreakerMinimumThroughput"] = "1000",
    };

    public async ValueTask InitializeAsync()
    {
        await StartDatabaseAsync();
        if (SkipReason is null)
        {
            // Starting the server runs migrations and seeding.
            _ = Server;
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await StopDatabaseAsync();
        GC.SuppressFinalize(this);
    }

    protected abstract Task StartDatabaseAsync();

    protected virtual Task StopDatabaseAsync() => Task.CompletedTask;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("Database:ConnectionString", ConnectionString);
        builder.UseSetting("Auth:SigningKey", SigningKey);
        builder.UseSetting("Auth:EnableDevTokens", "true");
        builder.UseSetting("Security:CursorSigningKey", "functional-tests-cursor-signing-key");
        builder.UseSetting("RateLimiting:AnonymousPermitLimit", "100000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in PersonalDataSettings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Logging:Console:FormatterName", "simple");
        if (EnvironmentName != "Production")
        {
            foreach (var (key, value) in WebhookTestSettings)
            {
                builder.UseSetting(key, value);
            }
        }

        foreach (var (key, value) in ExtraSettings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Empties the tables tests write to and loads the demo data again.</summary>
    public async Task ResetAsync()
    {
        using (var scope = Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.AuditEntries.ExecuteDeleteAsync();
            await db.PartnerRecordLinks.ExecuteDeleteAsync();
            await db.AttendanceRecords.ExecuteDeleteAsync();
            await db.TrainingCompletions.ExecuteDeleteAsync();
            await db.Enrolments.ExecuteDeleteAsync();
            await db.TrainingClasses.ExecuteDeleteAsync();
            await db.CatalogueChanges.ExecuteDeleteAsync();
            await db.CatalogueEditionGrams.ExecuteDeleteAsync();
            await db.CatalogueEditionEntries.ExecuteDeleteAsync();
            await db.CatalogueEditions.ExecuteDeleteAsync();
            await db.CatalogueItems.ExecuteDeleteAsync();
            await db.TalentImportRejectedRows.ExecuteDeleteAsync();
            await db.TalentImportFiles.ExecuteDeleteAsync();
            await db.TalentImports.ExecuteDeleteAsync();
            await db.Honours.ExecuteDeleteAsync();
            await db.Appointments.ExecuteDeleteAsync();
            await db.SkillCertificates.ExecuteDeleteAsync();
            await db.Talents.ExecuteDeleteAsync();
            await db.IdempotencyRecords.ExecuteDeleteAsync();
            await db.WebhookDeliveryAttempts.ExecuteDeleteAsync();
            await db.WebhookDeliveries.ExecuteDeleteAsync();
            await db.WebhookEndpoints.ExecuteDeleteAsync();
            await db.Set<ZhuhaiArtisan.Domain.Access.PartnerClients.PartnerApiKey>().ExecuteDeleteAsync();
            await db.PartnerClients.ExecuteDeleteAsync();
            await db.Set<ZhuhaiArtisan.Domain.Organizations.OrganizationCluster>().ExecuteDeleteAsync();
            await db.Organizations.ExecuteDeleteAsync();
        }

        await Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
    }

    public HttpClient Anonymous() => CreateClient();

    /// <summary>A client signed in through <c>POST /dev/tokens</c>, as a real caller of the embedded default would be.</summary>
    public async Task<HttpClient> SignedInAs(string role, object? claims = null)
    {
        var body = System.Text.Json.JsonSerializer.Serialize(claims ?? new { });
        var merged = System.Text.Json.Nodes.JsonNode.Parse(body)!.AsObject();
        merged["role"] = role;
        var cacheKey = merged.ToJsonString();
        if (!_tokens.TryGetValue(cacheKey, out var token))
        {
            using var anonymous = CreateClient();
            var response = await anonymous.PostAsJsonAsync("/dev/tokens", merged);
            response.EnsureSuccessStatusCode();
            token = (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
            _tokens[cacheKey] = token;
        }

        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public HttpClient WithApiKey(string key)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private sealed record TokenResponse(string AccessToken, int ExpiresIn);
}
