using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ZhuhaiArtisan.Api.OpenApi;

/// <summary>
/// A nullable object property is written as <c>allOf: [$ref]</c> with <c>nullable: true</c>; OpenAPI
/// 3.0 only honours <c>nullable</c> beside a <c>type</c>, so the wrapper gets the type of the schema it refers to.
/// </summary>
internal sealed class NullableReferenceDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        foreach (var schema in swaggerDoc.Components?.Schemas?.Values ?? [])
        {
            foreach (var property in schema.Properties?.Values ?? [])
            {
                if (property is OpenApiSchema { AllOf.Count: > 0 } wrapper && wrapper.Type == JsonSchemaType.Null)
                {
                    // The wrapper takes the referenced schema's own type (object, or string for an enum).
                    var referenced = wrapper.AllOf[0] is OpenApiSchemaReference { Reference.Id: { } id }
                                     && swaggerDoc.Components!.Schemas!.TryGetValue(id, out var target)
                        ? target.Type ?? JsonSchemaType.Object
                        : JsonSchemaType.Object;
                    wrapper.Type = referenced | JsonSchemaType.Null;
                }
            }
        }
    }
}
