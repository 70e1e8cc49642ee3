using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using ZhuhaiArtisan.Api.Http;

namespace ZhuhaiArtisan.Api.OpenApi;

/// <summary>Documents the Idempotency-Key header and the If-Match header where endpoints honour them.</summary>
internal sealed class HeadersOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IdempotentEndpointMetadata>().FirstOrDefault() is { } idempotent)
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = IdempotencyEndpointExtensions.HeaderName,
                In = ParameterLocation.Header,
                Required = idempotent.KeyRequired,
                Description = "A unique key (1–255 printable ASCII characters) making the request safe to repeat: a replay gets the first response; the same key with another body is 422; a repeat while the first runs is 409. Kept for 24 hours.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 255 },
            });
        }

        if (string.Equals(context.ApiDescription.HttpMethod, "PUT", StringComparison.OrdinalIgnoreCase) || metadata.OfType<IfMatchRequiredMetadata>().Any())
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-Match",
                In = ParameterLocation.Header,
                Required = true,
                Description = "The ETag of the version being changed (412 when stale, 428 when missing).",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }
    }
}
