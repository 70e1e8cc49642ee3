using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using ZhuhaiArtisan.Api.Http;

namespace ZhuhaiArtisan.Api.OpenApi;

/// <summary>Documents a file upload's body under each media type it takes: CSV text, or JSON of a given shape.</summary>
internal sealed class FileUploadOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<FileUploadMetadata>().FirstOrDefault() is not { } upload)
        {
            return;
        }

        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "The file. CSV: a header row naming the columns (the JSON field names, e.g. name, documentType, identityNumber, phone, residenceDistrictCode, origin, employerId, schoolId, major, graduationDate, jobSeekingStatus, wishedOccupationCodes, wishedDistrictCodes (separated by ;), wishedMonthlyWageMin, wishedMonthlyWageMax, consentsToMatching; or their Chinese labels 姓名, 证件类型, 证件号码, 手机号码, 居住地区代码, 户籍来源 …), UTF-8 or GB18030. JSON: an array, UTF-8.",
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                ["text/csv"] = new OpenApiMediaType
                {
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                    Example = JsonValue.Create(upload.CsvExample),
                },
                ["application/json"] = new OpenApiMediaType
                {
                    Schema = context.SchemaGenerator.GenerateSchema(upload.JsonBodyType, context.SchemaRepository),
                },
            },
        };
    }
}
