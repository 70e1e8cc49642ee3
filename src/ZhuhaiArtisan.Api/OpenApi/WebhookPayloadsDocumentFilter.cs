using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using ZhuhaiArtisan.Application.Integration.PublishWebhookEvents;
using ZhuhaiArtisan.Domain.Integration.WebhookEndpoints;

namespace ZhuhaiArtisan.Api.OpenApi;

/// <summary>
/// The bodies the platform sends to a partner's webhook endpoint, one schema per event type
/// (<c>…Webhook</c>: Standard Webhooks' type, timestamp and data). OpenAPI 3.0 has no place for
/// requests the API makes, so they stand among the components, for partners to generate receivers
/// from and to check deliveries against.
/// </summary>
internal sealed class WebhookPayloadsDocumentFilter : IDocumentFilter
{
    /// <summary>Each event type that fires, the name of its body's schema, and the type of its data.</summary>
    internal static readonly IReadOnlyList<(string EventType, string SchemaName, Type Data)> Events =
    [
        (WebhookEventTypes.CatalogueEditionPublished, "CatalogueEditionPublishedWebhook", typeof(CatalogueEditionPublishedWebhookData)),
        (WebhookEventTypes.CatalogueItemSuspended, "CatalogueItemSuspendedWebhook", typeof(CatalogueItemStatusWebhookData)),
        (WebhookEventTypes.CatalogueItemWithdrawn, "CatalogueItemWithdrawnWebhook", typeof(CatalogueItemStatusWebhookData)),
        (WebhookEventTypes.TrainingCompletionAccepted, "TrainingCompletionAcceptedWebhook", typeof(TrainingCompletionWebhookData)),
        (WebhookEventTypes.TrainingCompletionRejected, "TrainingCompletionRejectedWebhook", typeof(TrainingCompletionWebhookData)),
    ];

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        foreach (var (eventType, schemaName, data) in Events)
        {
            var dataSchema = context.SchemaGenerator.GenerateSchema(data, context.SchemaRepository);
            context.SchemaRepository.Schemas[schemaName] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = $"The body of a `{eventType}` delivery: POSTed to the partner's endpoint with the "
                              + "`webhook-id`, `webhook-timestamp` and `webhook-signature` headers of Standard Webhooks.",
                Required = new HashSet<string>(StringComparer.Ordinal) { "type", "timestamp", "data" },
                Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
                {
                    ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create(eventType)] },
                    ["timestamp"] = new OpenApiSchema
                    {
                        Type = JsonSchemaType.String,
                        Format = "date-time",
                        Description = "When the change happened (UTC).",
                    },
                    ["data"] = dataSchema,
                },
            };
        }
    }
}
