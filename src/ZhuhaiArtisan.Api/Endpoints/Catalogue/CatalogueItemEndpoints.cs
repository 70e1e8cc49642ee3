using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ZhuhaiArtisan.Api.Http;
using ZhuhaiArtisan.Api.Security;
using ZhuhaiArtisan.Application.Catalogue.ApproveCatalogueItem;
using ZhuhaiArtisan.Application.Catalogue.Common;
using ZhuhaiArtisan.Application.Catalogue.DraftCatalogueItem;
using ZhuhaiArtisan.Application.Catalogue.GetCatalogueItem;
using ZhuhaiArtisan.Application.Catalogue.ListCatalogueItems;
using ZhuhaiArtisan.Application.Catalogue.ReinstateCatalogueItem;
using ZhuhaiArtisan.Application.Catalogue.RejectCatalogueItem;
using ZhuhaiArtisan.Application.Catalogue.ReviseCatalogueItem;
using ZhuhaiArtisan.Application.Catalogue.SubmitCatalogueItem;
using ZhuhaiArtisan.Application.Catalogue.SuspendCatalogueItem;
using ZhuhaiArtisan.Application.Catalogue.WithdrawCatalogueItem;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;

namespace ZhuhaiArtisan.Api.Endpoints.Catalogue;

/// <summary>
/// 培训目录: items institutions offer and the city reviews. Each change is a verb sub-resource
/// under If-Match; an action the item's status does not allow is 409 catalogue.invalid_transition.
/// </summary>
public static class CatalogueItemEndpoints
{
    public static IEndpointRouteBuilder MapCatalogueItemEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/catalogue-items")
            .WithTags("Catalogue")
            .RequireAuthorization(AuthorizationPolicies.CatalogueItems)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("/", DraftCatalogueItem)
            .WithName(nameof(DraftCatalogueItem))
            .WithSummary("Draft a catalogue item (institution)")
            .WithDescription("An institution (role Institution; a vocational college, technical school or training institution) holding the city's training qualification valid today drafts an item of its own: occupation (national code), target level (学徒工 … 高级技师), training type, theory and practice hours, fee per person, delivery mode, clusters served, the 急需紧缺 and 新职业 flags and the validity period. " +
                             "Without a valid qualification: 409 catalogue.institution_not_qualified. The subsidy standard is not the institution's to give: the city sets it on approval. Honours Idempotency-Key. Answers 201 with Location and ETag.")
            .WithIdempotencyKey()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/", ListCatalogueItems)
            .WithName(nameof(ListCatalogueItems))
            .WithSummary("List catalogue items: an institution its own, the city all")
            .WithDescription("Filters: status (draft, submitted, approved, rejected, suspended, withdrawn), institution, occupation. Keyset-paged by item id.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/{id:guid}", GetCatalogueItem)
            .WithName(nameof(GetCatalogueItem))
            .WithSummary("Read one catalogue item (ETag for If-Match)")
            .WithDescription("The institution that offers it and the city; anyone else gets 404, as for a missing id.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:guid}", ReviseCatalogueItem)
            .WithName(nameof(ReviseCatalogueItem))
            .WithSummary("Edit a catalogue item (institution)")
            .WithDescription("Replaces the content of a draft, a rejected item or an approved one; an approved item goes back to review (submitted) and loses its subsidy standard until approved again. A submitted, suspended or withdrawn item cannot be edited (409 catalogue.invalid_transition). If-Match is required.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        Verb(group.MapPost("/{id:guid}/submission", SubmitCatalogueItem), nameof(SubmitCatalogueItem),
            "Submit a catalogue item for review (institution)",
            "A draft or a rejected item goes to the city for review. The institution must still hold a valid qualification (409 catalogue.institution_not_qualified).");

        Verb(group.MapPost("/{id:guid}/approval", ApproveCatalogueItem), nameof(ApproveCatalogueItem),
            "Approve a catalogue item and set its subsidy standard (city)",
            "A submitted item is approved with the subsidy standard per person, taken from the programme's standard (subsidyBasis names it); it may not exceed the fee (409 catalogue.subsidy_exceeds_fee). It goes into the next edition published.")
            .RequireAuthorization(AuthorizationPolicies.CityAdmin)
            .ProducesProblem(StatusCodes.Status400BadRequest);

        Verb(group.MapPost("/{id:guid}/rejection", RejectCatalogueItem), nameof(RejectCatalogueItem),
            "Reject a catalogue item with a coded reason (city)",
            "A submitted item goes back to the institution with a reason: incomplete-information, qualification-mismatch, hours-inadequate, fee-unreasonable, occupation-not-eligible, duplicate or other (with a note). The institution edits it and submits it again.")
            .RequireAuthorization(AuthorizationPolicies.CityAdmin)
            .ProducesProblem(StatusCodes.Status400BadRequest);

        Verb(group.MapPost("/{id:guid}/suspension", SuspendCatalogueItem), nameof(SuspendCatalogueItem),
            "Suspend an approved catalogue item (city)",
            "The item takes no new enrolment; in a published edition it shows as suspended. The reason is required.")
            .RequireAuthorization(AuthorizationPolicies.CityAdmin)
            .ProducesProblem(StatusCodes.Status400BadRequest);

        Verb(group.MapPost("/{id:guid}/reinstatement", ReinstateCatalogueItem), nameof(ReinstateCatalogueItem),
            "Reinstate a suspended catalogue item (city)",
            "The item is approved again with the subsidy standard it had.")
            .RequireAuthorization(AuthorizationPolicies.CityAdmin);

        Verb(group.MapPost("/{id:guid}/withdrawal", WithdrawCatalogueItem), nameof(WithdrawCatalogueItem),
            "Withdraw an approved or suspended catalogue item (institution or city)",
            "For good: a withdrawn item takes no enrolment and cannot come back; in a published edition it shows as withdrawn.");

        return app;
    }

    public static async Task<Created<CatalogueItemDto>> DraftCatalogueItem(CatalogueItemRequest request, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var item = await sender.Send(
            new DraftCatalogueItemCommand(
                request.Title, request.OccupationCode, request.SkillLevel, request.TrainingType, request.TheoryHours, request.PracticeHours,
                request.FeePerPerson, request.DeliveryMode, request.Clusters, request.IsUrgentlyNeeded, request.IsNewOccupation,
                request.ValidFrom, request.ValidUntil),
            cancellationToken);
        response.Headers.ETag = ETags.ForVersion(item.Version);
        return TypedResults.Created($"/api/v1/catalogue-items/{item.Id}", item);
    }

    /// <param name="status">draft, submitted, approved, rejected, suspended or withdrawn.</param>
    /// <param name="institution">An institution's organisation id (for the city).</param>
    /// <param name="occupation">An occupation code, e.g. 6-18-02-04.</param>
    /// <param name="limit">Page size, 1–200 (default 20).</param>
    /// <param name="cursor">The nextCursor of the previous page.</param>
    public static async Task<Ok<Page<CatalogueItemDto>>> ListCatalogueItems(
        ISender sender,
        [FromQuery] string? status,
        [FromQuery] Guid? institution,
        [FromQuery] string? occupation,
        [FromQuery] int? limit,
        [FromQuery] string? cursor,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(
            new ListCatalogueItemsQuery(QueryEnums.Parse<CatalogueItemStatus>(status, nameof(status)), institution, occupation, limit, cursor),
            cancellationToken));

    public static async Task<Ok<CatalogueItemDto>> GetCatalogueItem(Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
        WithETag(await sender.Send(new GetCatalogueItemQuery(id), cancellationToken), response);

    public static async Task<Ok<CatalogueItemDto>> ReviseCatalogueItem(Guid id, CatalogueItemRequest request, ISender sender, HttpContext context, CancellationToken cancellationToken)
    {
        var ifMatch = ETags.RequireIfMatch(context.Request);
        var item = await sender.Send(
            new ReviseCatalogueItemCommand(
                id, ifMatch, request.Title, request.OccupationCode, request.SkillLevel, request.TrainingType, request.TheoryHours, request.PracticeHours,
                request.FeePerPerson, request.DeliveryMode, request.Clusters, request.IsUrgentlyNeeded, request.IsNewOccupation,
                request.ValidFrom, request.ValidUntil),
            cancellationToken);
        return WithETag(item, context.Response);
    }

    public static async Task<Ok<CatalogueItemDto>> SubmitCatalogueItem(Guid id, ISender sender, HttpContext context, CancellationToken cancellationToken) =>
        WithETag(await sender.Send(new SubmitCatalogueItemCommand(id, ETags.RequireIfMatch(context.Request)), cancellationToken), context.Response);

    public static async Task<Ok<CatalogueItemDto>> ApproveCatalogueItem(
        Guid id, ApproveCatalogueItemRequest request, ISender sender, HttpContext context, CancellationToken cancellationToken)
    {
        var ifMatch = ETags.RequireIfMatch(context.Request);
        var item = await sender.Send(new ApproveCatalogueItemCommand(id, ifMatch, request.SubsidyPerPerson, request.SubsidyBasis), cancellationToken);
        return WithETag(item, context.Response);
    }

    public static async Task<Ok<CatalogueItemDto>> RejectCatalogueItem(
        Guid id, RejectCatalogueItemRequest request, ISender sender, HttpContext context, CancellationToken cancellationToken)
    {
        var ifMatch = ETags.RequireIfMatch(context.Request);
        var item = await sender.Send(new RejectCatalogueItemCommand(id, ifMatch, request.Reason, request.Note), cancellationToken);
        return WithETag(item, context.Response);
    }

    public static async Task<Ok<CatalogueItemDto>> SuspendCatalogueItem(
        Guid id, SuspendCatalogueItemRequest request, ISender sender, HttpContext context, CancellationToken cancellationToken)
    {
        var ifMatch = ETags.RequireIfMatch(context.Request);
        var item = await sender.Send(new SuspendCatalogueItemCommand(id, ifMatch, request.Reason), cancellationToken);
        return WithETag(item, context.Response);
    }

    public static async Task<Ok<CatalogueItemDto>> ReinstateCatalogueItem(Guid id, ISender sender, HttpContext context, CancellationToken cancellationToken) =>
        WithETag(await sender.Send(new ReinstateCatalogueItemCommand(id, ETags.RequireIfMatch(context.Request)), cancellationToken), context.Response);

    public static async Task<Ok<CatalogueItemDto>> WithdrawCatalogueItem(Guid id, ISender sender, HttpContext context, CancellationToken cancellationToken) =>
        WithETag(await sender.Send(new WithdrawCatalogueItemCommand(id, ETags.RequireIfMatch(context.Request)), cancellationToken), context.Response);

    private static RouteHandlerBuilder Verb(RouteHandlerBuilder route, string name, string summary, string description) =>
        route.WithName(name)
            .WithSummary(summary)
            .WithDescription(description + " If-Match is required (428 when missing, 412 when stale); a status that does not allow it is 409 catalogue.invalid_transition. Answers the item with its new ETag.")
            .RequiresIfMatch()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    private static Ok<CatalogueItemDto> WithETag(CatalogueItemDto item, HttpResponse response)
    {
        response.Headers.ETag = ETags.ForVersion(item.Version);
        return TypedResults.Ok(item);
    }
}
