using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ZhuhaiArtisan.Api.Http;
using ZhuhaiArtisan.Api.Security;
using ZhuhaiArtisan.Application.Training.Common;
using ZhuhaiArtisan.Application.Training.PushAttendance;
using ZhuhaiArtisan.Application.Training.PushCompletions;
using ZhuhaiArtisan.Application.Training.PushEnrolments;
using ZhuhaiArtisan.Application.Training.PushTrainingClasses;

namespace ZhuhaiArtisan.Api.Endpoints.Training;

/// <summary>
/// 技行珠海's bulk pushes, one route per kind of record. Each takes up to 10,000 rows, each under
/// the partner's own externalId; a row creates the record, updates the one its externalId names,
/// or changes nothing when it repeats it. Rows are checked one by one and every row gets a result;
/// the accepted rows are written together, in one transaction.
/// </summary>
public static class PartnerPushEndpoints
{
    private const string Common =
        " Send {\"rows\": [...]}: 1 to 10,000 rows (a body up to 16 MiB); an empty or larger batch, or a body that is not JSON of this shape, is 400 and nothing is taken. " +
        "Each row is checked by itself: the answer is 200 with one result per row, in the order sent: created, updated, unchanged (the row repeats what its externalId last carried: a replayed or overlapping batch changes nothing twice) or rejected, with errors [{field, code, message}]. " +
        "Row codes: row.invalid_value (a field missing or malformed), row.unknown_reference (an id that names nothing of yours), partner_push.duplicate_external_id (the externalId twice in the batch), partner_push.immutable_field (the row moves a pushed record to another class, talent, item or date), and the domain codes named below. " +
        "The accepted rows are written together, in one transaction. Idempotency-Key is honoured: a replay with the same key and body gets the first answer; the same key with another body 422; while the first still runs 409.";

    public static IEndpointRouteBuilder MapPartnerPushEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/partner-pushes")
            .WithTags("Training")
            .RequireAuthorization(AuthorizationPolicies.Partner)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        Push(group.MapPost("/classes", PushTrainingClasses), nameof(PushTrainingClasses),
            "Push classes of online and blended items in bulk (技行珠海)",
            "Row: externalId, catalogueItemId (a published item), startDate, endDate, capacity, venue (blended only). An externalId seen before updates its class's dates, capacity and venue (never below those enrolled: training.capacity_below_enrolled). Domain codes: training.item_not_accepting_enrolment, training.item_not_online, training.class_period_invalid, training.venue_mismatch.");

        Push(group.MapPost("/enrolments", PushEnrolments), nameof(PushEnrolments),
            "Push enrolments in bulk (技行珠海)",
            "Row: externalId; the class as classId or classExternalId (the externalId it was pushed under); the talent as talentId or trainee (documentType, identityNumber; to register a new talent also name, phone, residenceDistrictCode, origin). Domain codes: training.class_full, training.already_enrolled, training.class_ended, training.item_not_accepting_enrolment. " +
            "Seats are taken per class by one conditional update: if another enrolment took them meanwhile, the whole push is 409 partner_push.concurrent_enrolment and nothing is written; push again with a new Idempotency-Key.");

        Push(group.MapPost("/attendance", PushAttendance), nameof(PushAttendance),
            "Push attendance in bulk (技行珠海)",
            "Row: externalId; the enrolment as enrolmentId or enrolmentExternalId; sessionDate; hours (more than 0, at most 24). A second report of an enrolment's date replaces the first (updated). Domain codes: training.session_outside_class_period, training.hours_exceed_planned, partner_push.duplicate_session (the same enrolment and date twice in the batch). The result's id is the enrolment's.");

        Push(group.MapPost("/completions", PushCompletions), nameof(PushCompletions),
            "Push completions in bulk (技行珠海)",
            "Row: externalId; the class as classId or classExternalId; the talent as talentId or trainee (documentType, identityNumber); result (passed, failed); certificateId (optional); completedOn. Each completion is matched against the enrolment and taken either way (accepted, or rejected with mismatches: read them with GET /api/v1/training-classes/{id}/completions), raising TrainingCompletionAccepted or TrainingCompletionRejected; an externalId seen before corrects its completion. Domain code: training.completion_already_recorded.");

        return app;
    }

    public static async Task<Ok<PartnerPushResultDto>> PushTrainingClasses(PushTrainingClassesRequest request, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new PushTrainingClassesCommand(request.Rows), cancellationToken));

    public static async Task<Ok<PartnerPushResultDto>> PushEnrolments(PushEnrolmentsRequest request, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new PushEnrolmentsCommand(request.Rows), cancellationToken));

    public static async Task<Ok<PartnerPushResultDto>> PushAttendance(PushAttendanceRequest request, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new PushAttendanceCommand(request.Rows), cancellationToken));

    public static async Task<Ok<PartnerPushResultDto>> PushCompletions(PushCompletionsRequest request, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new PushCompletionsCommand(request.Rows), cancellationToken));

    private static void Push(RouteHandlerBuilder route, string name, string summary, string description) =>
        route.WithName(name)
            .WithSummary(summary)
            .WithDescription(description + Common)
            .WithIdempotencyKey()
            .WithMetadata(new BulkBodyMetadata());
}
