using System.Text.Json.Nodes;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Domain.Integration.WebhookEndpoints;

namespace ZhuhaiArtisan.Api.FunctionalTests.Platform;

/// <summary>
/// The committed contract is what the API serves. To accept a deliberate change, run the tests
/// with <c>ZA_UPDATE_OPENAPI=1</c>, which rewrites the file, and commit it with the code.
/// </summary>
public sealed class OpenApiContractTests(ProductionApiFactory api) : IClassFixture<ProductionApiFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ServedDocument_MatchesTheCommittedContract()
    {
        var served = JsonNode.Parse(await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json", Cancel))!;
        var path = ContractSchemas.ContractPath;
        var servedText = served.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";

        if (Environment.GetEnvironmentVariable("ZA_UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(path, servedText, Cancel);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests once with ZA_UPDATE_OPENAPI=1.");
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(path, Cancel))!;
        Assert.True(JsonNode.DeepEquals(committed, served), "The API's OpenAPI document differs from openapi/zhuhai-artisan.v1.json. If the change is deliberate, run the tests with ZA_UPDATE_OPENAPI=1 and commit the file.");
    }

    [Fact]
    public async Task EveryOperation_HasIdSummaryTagSecurityAndProblemResponses()
    {
        var document = JsonNode.Parse(await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json", Cancel))!;

        Assert.DoesNotContain("/dev/tokens", document["paths"]!.AsObject().Select(p => p.Key));
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var name = $"{method.ToUpperInvariant()} {path}";
                Assert.False(string.IsNullOrEmpty(operation!["operationId"]?.GetValue<string>()), $"{name}: operationId");
                Assert.False(string.IsNullOrEmpty(operation["summary"]?.GetValue<string>()), $"{name}: summary");
                Assert.NotEmpty(operation["tags"]!.AsArray());
                Assert.NotNull(operation["security"]);
                var responses = operation["responses"]!.AsObject();
                Assert.Contains(responses, r => r.Key.StartsWith('4') && r.Value!["content"]?["application/problem+json"] is not null);
            }
        }
    }

    [Fact]
    public void EveryWebhookEventThatFires_HasTheSchemaOfItsBody()
    {
        foreach (var eventType in WebhookEventTypes.All.Except(WebhookEventTypes.Reserved))
        {
            var name = string.Concat(eventType.Split('.').Select(word => char.ToUpperInvariant(word[0]) + word[1..])) + "Webhook";
            var schema = ContractSchemas.Named(name);
            Assert.True(schema is not null, $"{eventType}: no schema {name} in the contract");
            Assert.Equal([eventType], schema["properties"]!["type"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
            Assert.Equal(["type", "timestamp", "data"], schema["required"]!.AsArray().Select(v => v!.GetValue<string>()));
        }
    }

    [Fact]
    public void WebhookBodySchema_RefusesAnotherTypeAnUnknownFieldAndAMissingOne()
    {
        var body = System.Text.Json.JsonDocument.Parse("""
            {"type":"catalogue.item.withdrawn","timestamp":"2026-11-26T08:00:00Z",
             "data":{"editionNumber":2,"itemCount":"many","publishedAt":"2026-11-26T08:00:00Z","extra":1}}
            """).RootElement;

        var mismatches = ContractSchemas.Mismatches(body, "CatalogueEditionPublishedWebhook");

        Assert.Contains(mismatches, m => m.StartsWith("$.type:", StringComparison.Ordinal));
        Assert.Contains(mismatches, m => m.StartsWith("$.data.itemCount:", StringComparison.Ordinal));
        Assert.Contains(mismatches, m => m.StartsWith("$.data.extra:", StringComparison.Ordinal));
    }
}
