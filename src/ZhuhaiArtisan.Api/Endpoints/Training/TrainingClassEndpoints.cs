using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ZhuhaiArtisan.Api.Http;
using ZhuhaiArtisan.Api.Security;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Training.Common;
using ZhuhaiArtisan.Application.Training.CorrectCompletion;
using ZhuhaiArtisan.Application.Training.EnrolTalent;
using ZhuhaiArtisan.Application.Training.GetCompletion;
using ZhuhaiArtisan.Application.Training.GetEnrolment;
using ZhuhaiArtisan.Application.Training.GetTrainingClass;
using ZhuhaiArtisan.Application.Training.ListAttendance;
using ZhuhaiArtisan.Application.Training.ListCompletions;
using ZhuhaiArtisan.Application.Training.ListEnrolments;
using ZhuhaiArtisan.Application.Training.ListTrainingClasses;
using ZhuhaiArtisan.Application.Training.OpenTrainingClass;
using ZhuhaiArtisan.Application.Training.RecordAttendance;
using ZhuhaiArtisan.Application.Training.RecordCompletion;
using ZhuhaiArtisan.Domain.Training.Completions;

namespace ZhuhaiArtisan.Api.Endpoints.Training;

/// <summary>
/// 开班, 报名, 考勤, 结业: classes of catalogue items, their enrolments, attendance and completions.
/// Institutions record their own; 技行珠海 (API key) those of classes it opened and of online
/// items; the city reads all, a district its institutions'. A class one may not see is 404.
/// </summary>
public static class TrainingClassEndpoints
{
    private const string Visibility = " Who sees what: an institution its own classes; 技行珠海 the classes it opened and those of online items; a district admin the classes of institutions in its district; the city all. Any other class answers 404, as a missing one does.";

    public static IEndpointRouteBuilder MapTrainingClassEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/training-classes")
            .WithTags("Training")
            .RequireAuthorization(AuthorizationPolicies.TrainingRecords)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("/", OpenTrainingClass)
            .WithName(nameof(OpenTrainingClass))
            .WithSummary("Open a class of an approved catalogue item (institution, or 技行珠海 for online and blended items)")
            .WithDescription("The item must take enrolment: approved, published in the current edition, within its validity, not suspended or withdrawn (409 training.item_not_accepting_enrolment). The class runs within the item's validity, ending on or after it starts (409 training.class_period_invalid); offline and blended classes name a venue, online ones (taught on 技行珠海) none (409 training.venue_mismatch); 技行珠海 opens only online or blended classes (409 training.item_not_online). Planned hours and delivery mode are the item's. " +
                             "An institution names only its own items, 技行珠海 only published ones; any other id is 404. Honours Idempotency-Key. Answers 201 with Location and ETag.")
            .WithIdempotencyKey()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/", ListTrainingClasses)
            .WithName(nameof(ListTrainingClasses))
            .WithSummary("List the classes the caller may see")
            .WithDescription("Filters: catalogueItem, institution. Keyset-paged by class id (creation order)." + Visibility)
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/{id:guid}", GetTrainingClass)
            .WithName(nameof(GetTrainingClass))
            .WithSummary("Read one class with its seats taken and left")
            .WithDescription(Visibility.Trim())
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/enrolments", EnrolTalent)
            .WithName(nameof(EnrolTalent))
            .WithSummary("Enrol a talent in a class, by talent id or by identity document (institution or 技行珠海)")
            .WithDescription("Give talentId, or trainee with documentType and identityNumber: the number links to the registered talent by keyed hash, or registers the talent (then name, phone, residenceDistrictCode and origin are required; the record's legal basis is the training contract, PIPL art. 13(2)). " +
                             "A full class is 409 training.class_full (the last seat goes to exactly one of two racing enrolments); the same talent twice 409 training.already_enrolled; a class that has ended 409 training.class_ended; an item no longer taking enrolment (suspended, withdrawn, out of validity, not in the current edition) 409 training.item_not_accepting_enrolment; an unknown talentId 404. " +
                             "The identity number is answered masked. Honours Idempotency-Key. Answers 201 with Location and the enrolment's ETag.")
            .WithIdempotencyKey()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/{id:guid}/enrolments", ListEnrolments)
            .WithName(nameof(ListEnrolments))
            .WithSummary("List a class's enrolments (identity numbers masked)")
            .WithDescription("Keyset-paged by enrolment id (enrolment order)." + Visibility)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}/enrolments/{enrolmentId:guid}", GetEnrolment)
            .WithName(nameof(GetEnrolment))
            .WithSummary("Read one enrolment with the hours attended (ETag for If-Match)")
            .WithDescription(Visibility.Trim())
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:guid}/enrolments/{enrolmentId:guid}/attendance/{sessionDate}", RecordAttendance)
            .WithName(nameof(RecordAttendance))
            .WithSummary("Record the hours attended on a session date (institution or 技行珠海)")
            .WithDescription("sessionDate is a local date (yyyy-MM-dd) within the class period (409 training.session_outside_class_period); a second report for the date replaces the first. The enrolment's total never exceeds the class's planned hours (409 training.hours_exceed_planned). If-Match takes the enrolment's ETag (428 when missing, 412 when stale). Answers the enrolment with its new ETag.")
            .RequiresIfMatch()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapGet("/{id:guid}/enrolments/{enrolmentId:guid}/attendance", ListAttendance)
            .WithName(nameof(ListAttendance))
            .WithSummary("List an enrolment's attendance by session date")
            .WithDescription(Visibility.Trim())
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/completions", RecordCompletion)
            .WithName(nameof(RecordCompletion))
            .WithSummary("Record a trainee's completion (结业): assessment result and the certificate it led to (institution or 技行珠海)")
            .WithDescription("The completion is matched against the enrolment (data lock) and recorded either way: status accepted, or rejected with mismatches: not-enrolled, attendance-below-required-hours (fewer hours attended than the class's planned hours), certificate-not-the-talents, certificate-without-pass, completed-before-class-end. " +
                             "It raises TrainingCompletionAccepted or TrainingCompletionRejected. One completion per talent and class (409 training.completion_already_recorded: correct it instead); an unknown talentId is 404. Honours Idempotency-Key. Answers 201 with Location and ETag.")
            .WithIdempotencyKey()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/{id:guid}/completions", ListCompletions)
            .WithName(nameof(ListCompletions))
            .WithSummary("List a class's completions, optionally only the accepted or rejected ones")
            .WithDescription("Filter: status (accepted, rejected). Keyset-paged by completion id." + Visibility)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}/completions/{completionId:guid}", GetCompletion)
            .WithName(nameof(GetCompletion))
            .WithSummary("Read one completion with its match result (ETag for If-Match)")
            .WithDescription(Visibility.Trim())
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:guid}/completions/{completionId:guid}", CorrectCompletion)
            .WithName(nameof(CorrectCompletion))
            .WithSummary("Correct a completion; it is matched against the enrolment again (institution or 技行珠海)")
            .WithDescription("Result, certificate and date are replaced and the match is run again on the enrolment as it stands (attendance recorded since counts), raising its event again. A correction that changes nothing changes nothing. If-Match is required (428 when missing, 412 when stale).")
            .RequiresIfMatch()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        return app;
    }

    public static async Task<Created<TrainingClassDto>> OpenTrainingClass(OpenTrainingClassRequest request, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var opened = await sender.Send(
            new OpenTrainingClassCommand(request.CatalogueItemId, request.StartDate, request.EndDate, request.Capacity, request.Venue), cancellationToken);
        response.Headers.ETag = ETags.ForVersion(opened.Version);
        return TypedResults.Created($"/api/v1/training-classes/{opened.Id}", opened);
    }

    /// <param name="catalogueItem">A catalogue item's id.</param>
    /// <param name="institution">An institution's organisation id.</param>
    /// <param name="limit">Page size, 1–200 (default 20).</param>
    /// <param name="cursor">The nextCursor of the previous page.</param>
    public static async Task<Ok<Page<TrainingClassDto>>> ListTrainingClasses(
        ISender sender,
        [FromQuery] Guid? catalogueItem,
        [FromQuery] Guid? institution,
        [FromQuery] int? limit,
        [FromQuery] string? cursor,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListTrainingClassesQuery(catalogueItem, institution, limit, cursor), cancellationToken));

    public static async Task<Ok<TrainingClassDto>> GetTrainingClass(Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var found = await sender.Send(new GetTrainingClassQuery(id), cancellationToken);
        response.Headers.ETag = ETags.ForVersion(found.Version);
        return TypedResults.Ok(found);
    }

    public static async Task<Created<EnrolmentDto>> EnrolTalent(Guid id, EnrolTalentRequest request, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var enrolment = await sender.Send(new EnrolTalentCommand(id, request.TalentId, request.Trainee), cancellationToken);
        response.Headers.ETag = ETags.ForVersion(enrolment.Version);
        return TypedResults.Created($"/api/v1/training-classes/{id}/enrolments/{enrolment.Id}", enrolment);
    }

    /// <param name="limit">Page size, 1–200 (default 20).</param>
    /// <param name="cursor">The nextCursor of the previous page.</param>
    public static async Task<Ok<Page<EnrolmentDto>>> ListEnrolments(
        Guid id, ISender sender, [FromQuery] int? limit, [FromQuery] string? cursor, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListEnrolmentsQuery(id, limit, cursor), cancellationToken));

    public static async Task<Ok<EnrolmentDto>> GetEnrolment(Guid id, Guid enrolmentId, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
        WithETag(await sender.Send(new GetEnrolmentQuery(id, enrolmentId), cancellationToken), response);

    /// <param name="sessionDate">The session's local date, yyyy-MM-dd.</param>
    public static async Task<Ok<EnrolmentDto>> RecordAttendance(
        Guid id, Guid enrolmentId, DateOnly sessionDate, RecordAttendanceRequest request, ISender sender, HttpContext context, CancellationToken cancellationToken)
    {
        var ifMatch = ETags.RequireIfMatch(context.Request);
        return WithETag(await sender.Send(new RecordAttendanceCommand(id, enrolmentId, sessionDate, ifMatch, request.Hours), cancellationToken), context.Response);
    }

    public static async Task<Ok<ItemList<AttendanceDto>>> ListAttendance(Guid id, Guid enrolmentId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListAttendanceQuery(id, enrolmentId), cancellationToken));

    public static async Task<Created<TrainingCompletionDto>> RecordCompletion(
        Guid id, RecordCompletionRequest request, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var completion = await sender.Send(new RecordCompletionCommand(id, request.TalentId, request.Result, request.CertificateId, request.CompletedOn), cancellationToken);
        response.Headers.ETag = ETags.ForVersion(completion.Version);
        return TypedResults.Created($"/api/v1/training-classes/{id}/completions/{completion.Id}", completion);
    }

    /// <param name="status">accepted or rejected.</param>
    /// <param name="limit">Page size, 1–200 (default 20).</param>
    /// <param name="cursor">The nextCursor of the previous page.</param>
    public static async Task<Ok<Page<TrainingCompletionDto>>> ListCompletions(
        Guid id, ISender sender, [FromQuery] string? status, [FromQuery] int? limit, [FromQuery] string? cursor, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListCompletionsQuery(id, QueryEnums.Parse<CompletionStatus>(status, nameof(status)), limit, cursor), cancellationToken));

    public static async Task<Ok<TrainingCompletionDto>> GetCompletion(Guid id, Guid completionId, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var completion = await sender.Send(new GetCompletionQuery(id, completionId), cancellationToken);
        response.Headers.ETag = ETags.ForVersion(completion.Version);
        return TypedResults.Ok(completion);
    }

    public static async Task<Ok<TrainingCompletionDto>> CorrectCompletion(
        Guid id, Guid completionId, CorrectCompletionRequest request, ISender sender, HttpContext context, CancellationToken cancellationToken)
    {
        var ifMatch = ETags.RequireIfMatch(context.Request);
        var completion = await sender.Send(new CorrectCompletionCommand(id, completionId, ifMatch, request.Result, request.CertificateId, request.CompletedOn), cancellationToken);
        context.Response.Headers.ETag = ETags.ForVersion(completion.Version);
        return TypedResults.Ok(completion);
    }

    private static Ok<EnrolmentDto> WithETag(EnrolmentDto enrolment, HttpResponse response)
    {
        response.Headers.ETag = ETags.ForVersion(enrolment.Version);
        return TypedResults.Ok(enrolment);
    }
}
