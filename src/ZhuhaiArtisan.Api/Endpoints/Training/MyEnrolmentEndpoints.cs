using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ZhuhaiArtisan.Api.Security;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Training.ListMyEnrolments;

namespace ZhuhaiArtisan.Api.Endpoints.Training;

/// <summary>A trainee's own enrolments.</summary>
public static class MyEnrolmentEndpoints
{
    public static IEndpointRouteBuilder MapMyEnrolmentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/talents/me/enrolments", ListMyEnrolments)
            .WithTags("Training")
            .RequireAuthorization(AuthorizationPolicies.TalentRegistry)
            .WithName(nameof(ListMyEnrolments))
            .WithSummary("List the calling talent's own enrolments, with each class")
            .WithDescription("Talent role only (403 for anyone else). Keyset-paged by enrolment id.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    /// <param name="limit">Page size, 1–200 (default 20).</param>
    /// <param name="cursor">The nextCursor of the previous page.</param>
    public static async Task<Ok<Page<MyEnrolmentDto>>> ListMyEnrolments(
        ISender sender, [FromQuery] int? limit, [FromQuery] string? cursor, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListMyEnrolmentsQuery(limit, cursor), cancellationToken));
}
