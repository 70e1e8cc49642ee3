using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ZhuhaiArtisan.Api.Http;
using ZhuhaiArtisan.Api.Security;
using ZhuhaiArtisan.Application.Catalogue.Common;
using ZhuhaiArtisan.Application.Catalogue.ExportCatalogueEdition;
using ZhuhaiArtisan.Application.Catalogue.GetCatalogueEdition;
using ZhuhaiArtisan.Application.Catalogue.ListCatalogueEditions;
using ZhuhaiArtisan.Application.Catalogue.PublishCatalogueEdition;
using ZhuhaiArtisan.Application.Catalogue.SearchCatalogueEditionItems;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;

namespace ZhuhaiArtisan.Api.Endpoints.Catalogue;

/// <summary>
/// 目录发布: the editions the city publishes, and the public catalogue read from them. Public
/// answers carry an ETag derived from the catalogue's version: send it back in If-None-Match to
/// get 304 while nothing has changed.
/// </summary>
public static class CatalogueEditionEndpoints
{
    private const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapCatalogueEditionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/catalogue-editions").WithTags("Catalogue");

        group.MapPost("/", PublishCatalogueEdition)
            .WithName(nameof(PublishCatalogueEdition))
            .WithSummary("Publish the next edition of the catalogue (city)")
            .WithDescription("CityAdmin only. Takes a snapshot of every item approved at this moment, within its validity, of an institution whose qualification is valid today, as edition n + 1; the snapshot never changes afterwards. " +
                             "Items approved later go into the next edition. With nothing to publish: 409 catalogue.edition_empty. Publishing moves the version (ETag) of every item it takes on. Honours Idempotency-Key. Answers 201 with Location.")
            .RequireAuthorization(AuthorizationPolicies.CityAdmin)
            .WithIdempotencyKey()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        var read = group.MapGroup(string.Empty).AllowAnonymous().ProducesProblem(StatusCodes.Status429TooManyRequests);

        read.MapGet("/", ListCatalogueEditions)
            .WithName(nameof(ListCatalogueEditions))
            .WithSummary("The editions published, newest first")
            .WithDescription("Public. Keyset-paged. Cacheable: ETag / If-None-Match → 304.")
            .Produces<Page<CatalogueEditionDto>>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status400BadRequest);

        read.MapGet("/current", GetCurrentCatalogueEdition)
            .WithName(nameof(GetCurrentCatalogueEdition))
            .WithSummary("The current edition: the public catalogue")
            .WithDescription("Public. The latest edition published; 404 catalogue_edition.not_found before the first. Its items: GET /api/v1/catalogue-editions/{number}/items. Cacheable: ETag / If-None-Match → 304.")
            .Produces<CatalogueEditionDto>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

        read.MapGet("/{number:int}", GetCatalogueEdition)
            .WithName(nameof(GetCatalogueEdition))
            .WithSummary("One edition by its number")
            .WithDescription("Public; the current edition or any earlier one. Cacheable: ETag / If-None-Match → 304.")
            .Produces<CatalogueEditionDto>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

        read.MapGet("/{number:int}/items", SearchCatalogueEditionItems)
            .WithName(nameof(SearchCatalogueEditionItems))
            .WithSummary("Search an edition's items, with each item's live status")
            .WithDescription("Public. The items as the edition published them, in edition order (by occupation, institution, title), each with its live status today: active, under-review (edited after approval), suspended or withdrawn; " +
                             "acceptsEnrolment is true only for an active item within its validity. search is free text over the occupation name, the title and the institution name: every whitespace-separated term must occur in it, " +
                             "two-character Chinese words such as 焊工 included; letter case and full-width forms do not matter. Filters: occupation, cluster, level, institution, district, urgentlyNeeded, newOccupation, trainingType, deliveryMode. " +
                             "Keyset-paged; a cursor is valid for its edition only. Cacheable: ETag / If-None-Match → 304.")
            .Produces<Page<CatalogueEditionItemDto>>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        read.MapGet("/{number:int}/export", ExportCatalogueEdition)
            .WithName(nameof(ExportCatalogueEdition))
            .WithSummary("Export an edition as CSV or XLSX")
            .WithDescription("Public. Every item of the edition in edition order with its live status, columns headed in Chinese. format=csv (default) or xlsx; for CSV, encoding=utf-8 (default, with a byte-order mark so spreadsheet programs recognise it) or gb18030. " +
                             "Text that would start a spreadsheet formula is prefixed with an apostrophe in CSV. Cacheable: ETag / If-None-Match → 304.")
            .Produces(StatusCodes.Status200OK, typeof(Stream), "text/csv", XlsxContentType)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }

    public static async Task<Created<CatalogueEditionDto>> PublishCatalogueEdition(PublishCatalogueEditionCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var edition = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/catalogue-editions/{edition.Number}", edition);
    }

    /// <param name="limit">Page size, 1–200 (default 20).</param>
    /// <param name="cursor">The nextCursor of the previous page.</param>
    public static Task<IResult> ListCatalogueEditions(ISender sender, HttpContext context, [FromQuery] int? limit, [FromQuery] string? cursor) =>
        PublicCatalogueResponses.JsonAsync(context, sender, ct => sender.Send(new ListCatalogueEditionsQuery(limit, cursor), ct));

    public static Task<IResult> GetCurrentCatalogueEdition(ISender sender, HttpContext context) =>
        PublicCatalogueResponses.JsonAsync(context, sender, ct => sender.Send(new GetCatalogueEditionQuery(null), ct));

    public static Task<IResult> GetCatalogueEdition(int number, ISender sender, HttpContext context) =>
        PublicCatalogueResponses.JsonAsync(context, sender, ct => sender.Send(new GetCatalogueEditionQuery(number), ct));

    /// <param name="number">The edition's number.</param>
    /// <param name="search">Free text, e.g. 焊工; every whitespace-separated term must occur (up to 64 characters, 8 terms).</param>
    /// <param name="occupation">An occupation code, e.g. 6-18-02-04.</param>
    /// <param name="cluster">A cluster code, e.g. new-energy.</param>
    /// <param name="level">A skill level code, e.g. senior.</param>
    /// <param name="institution">An institution's organisation id.</param>
    /// <param name="district">The institution's district code, e.g. 440402 or ZH-GX.</param>
    /// <param name="urgentlyNeeded">true for 急需紧缺 items only, false for the others.</param>
    /// <param name="newOccupation">true for 新职业 items only, false for the others.</param>
    /// <param name="trainingType">new-apprenticeship, targeted-training, student-apprentice, skill-upgrading, digital-literacy or safety-production.</param>
    /// <param name="deliveryMode">online, offline or blended.</param>
    /// <param name="limit">Page size, 1–200 (default 20).</param>
    /// <param name="cursor">The nextCursor of the previous page.</param>
    public static Task<IResult> SearchCatalogueEditionItems(
        int number,
        ISender sender,
        HttpContext context,
        [FromQuery] string? search,
        [FromQuery] string? occupation,
        [FromQuery] string? cluster,
        [FromQuery] string? level,
        [FromQuery] Guid? institution,
        [FromQuery] string? district,
        [FromQuery] bool? urgentlyNeeded,
        [FromQuery] bool? newOccupation,
        [FromQuery] string? trainingType,
        [FromQuery] string? deliveryMode,
        [FromQuery] int? limit,
        [FromQuery] string? cursor)
    {
        var query = new SearchCatalogueEditionItemsQuery(
            number, search, occupation, cluster, level, institution, district, urgentlyNeeded, newOccupation,
            QueryEnums.Parse<TrainingType>(trainingType, nameof(trainingType)),
            QueryEnums.Parse<DeliveryMode>(deliveryMode, nameof(deliveryMode)),
            limit,
            cursor);
        return PublicCatalogueResponses.JsonAsync(context, sender, ct => sender.Send(query, ct));
    }

    /// <param name="number">The edition's number.</param>
    /// <param name="format">csv (default) or xlsx.</param>
    /// <param name="encoding">For CSV: utf-8 (default, with a byte-order mark) or gb18030.</param>
    public static Task<IResult> ExportCatalogueEdition(int number, ISender sender, HttpContext context, [FromQuery] string? format, [FromQuery] string? encoding)
    {
        var query = new ExportCatalogueEditionQuery(
            number,
            QueryEnums.Parse<CatalogueExportFormat>(format, nameof(format)) ?? CatalogueExportFormat.Csv,
            EncodingOf(encoding));
        return PublicCatalogueResponses.FileAsync(context, sender, ct => sender.Send(query, ct));
    }

    private static CatalogueExportEncoding? EncodingOf(string? encoding) =>
        encoding?.ToLowerInvariant() switch
        {
            null or "" => null,
            "utf-8" or "utf8" => CatalogueExportEncoding.Utf8,
            "gb18030" => CatalogueExportEncoding.Gb18030,
            _ => throw new ValidationException([new ValidationFailure(nameof(encoding), $"'{encoding}' is not one of: utf-8, gb18030.")]),
        };
}
