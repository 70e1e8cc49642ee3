using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using ZhuhaiArtisan.Api.Http;
using ZhuhaiArtisan.Api.Security;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Talents.GetTalentImport;
using ZhuhaiArtisan.Application.Talents.ImportTalents;
using ZhuhaiArtisan.Application.Talents.ListTalentImportRejectedRows;
using ZhuhaiArtisan.Application.Talents.RegisterTalent;
using ZhuhaiArtisan.Domain.Talents.TalentImports;

namespace ZhuhaiArtisan.Api.Endpoints.Talents;

/// <summary>Bulk registration of talents from a CSV or JSON file, processed in the background.</summary>
public static class TalentImportEndpoints
{
    private const string CsvExample =
        "name,documentType,identityNumber,phone,residenceDistrictCode,origin,major,graduationDate\n" +
        "林晓峰,resident-identity-card,440402199203150015,13800138001,440402,local,,\n";

    public static IEndpointRouteBuilder MapTalentImportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/talent-imports")
            .WithTags("Talents")
            .RequireAuthorization(AuthorizationPolicies.OrganizationStaff)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("/", ImportTalents)
            .WithName(nameof(ImportTalents))
            .WithSummary("Import talents from a CSV or JSON file (up to 100,000 rows)")
            .WithDescription("The city imports legacy records, an enterprise its employees, a college or institution its students. " +
                             "Send CSV as text/csv (UTF-8, or GB18030 as Chinese spreadsheet programs save it: text/csv; charset=gb18030) with a header row naming the columns, " +
                             "or JSON as application/json: an array of registrations as POST /api/v1/talents takes them. The file is read as a whole at once " +
                             "(400 talent_import.wrong_encoding, talent_import.malformed_file, talent_import.unknown_column, talent_import.missing_column, talent_import.too_many_rows, talent_import.empty); " +
                             "its rows are then checked and registered in the background: 202 with the import's location, to poll. " +
                             "The accepted rows are registered together or not at all; every rejected row is listed with its reasons. Honours Idempotency-Key: a replay creates nothing twice.")
            .WithIdempotencyKey()
            .WithMetadata(new FileUploadMetadata(typeof(List<RegisterTalentCommand>), CsvExample))
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/{id:guid}", GetTalentImport)
            .WithName(nameof(GetTalentImport))
            .WithSummary("An import's progress and outcome")
            .WithDescription("status: queued, validating (rowsValidated of rowCount), writing, completed (acceptedCount registered, rejectedCount listed) or failed (nothing registered; failure says why). " +
                             "While it runs the response carries Retry-After. The city sees every import; an organisation its own; anyone else 404.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}/rejected-rows", ListTalentImportRejectedRows)
            .WithName(nameof(ListTalentImportRejectedRows))
            .WithSummary("The rows of an import that were not registered, with every reason")
            .WithDescription("In file order (rowNumber 1 is the first data row), keyset-paged. Each problem names its field as a single registration's errors do, with a stable code: " +
                             "row.unreadable_value, row.invalid_value, row.unknown_reference, access.forbidden, talent.duplicate_in_file, talent.duplicate_identity. The identity number is shown masked.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }

    public static async Task<Accepted<TalentImportDto>> ImportTalents(HttpRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var (format, encoding) = FormatOf(request.ContentType);
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        var import = await sender.Send(new ImportTalentsCommand(format, encoding, body.ToArray()), cancellationToken);
        request.HttpContext.Response.Headers.RetryAfter = "1";
        return TypedResults.Accepted($"/api/v1/talent-imports/{import.Id}", import);
    }

    public static async Task<Ok<TalentImportDto>> GetTalentImport(Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var import = await sender.Send(new GetTalentImportQuery(id), cancellationToken);
        if (import.Status is not (TalentImportStatus.Completed or TalentImportStatus.Failed))
        {
            response.Headers.RetryAfter = "1";
        }

        response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(import);
    }

    /// <param name="id">The import.</param>
    /// <param name="sender">The mediator.</param>
    /// <param name="limit">Page size, 1–200 (default 20).</param>
    /// <param name="cursor">The nextCursor of the previous page.</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away.</param>
    public static async Task<Ok<Page<RejectedRowDto>>> ListTalentImportRejectedRows(
        Guid id,
        ISender sender,
        [FromQuery] int? limit,
        [FromQuery] string? cursor,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListTalentImportRejectedRowsQuery(id, limit, cursor), cancellationToken));

    private static (TalentImportFormat, TalentImportEncoding) FormatOf(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            throw new UnsupportedMediaTypeException("Send the file as text/csv (charset utf-8 or gb18030) or application/json.");
        }

        var charset = media.Charset.HasValue ? media.Charset.Value!.Trim('"').ToLowerInvariant() : "utf-8";
        var encoding = charset switch
        {
            "utf-8" or "utf8" => TalentImportEncoding.Utf8,
            "gb18030" => TalentImportEncoding.Gb18030,
            _ => throw new UnsupportedMediaTypeException($"charset={charset} is not taken: use utf-8 or gb18030."),
        };
        return media.MediaType.Value?.ToLowerInvariant() switch
        {
            "text/csv" => (TalentImportFormat.Csv, encoding),
            "application/json" => (TalentImportFormat.Json, encoding),
            _ => throw new UnsupportedMediaTypeException("Send the file as text/csv (charset utf-8 or gb18030) or application/json."),
        };
    }
}
