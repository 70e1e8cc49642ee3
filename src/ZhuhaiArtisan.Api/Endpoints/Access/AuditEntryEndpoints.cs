using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ZhuhaiArtisan.Api.Security;
using ZhuhaiArtisan.Application.Access.ListAuditEntries;
using ZhuhaiArtisan.Application.Common.Paging;

namespace ZhuhaiArtisan.Api.Endpoints.Access;

public static class AuditEntryEndpoints
{
    public static IEndpointRouteBuilder MapAuditEntryEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/audit-entries", ListAuditEntries)
            .WithTags("Access")
            .WithName(nameof(ListAuditEntries))
            .WithDescription("CityAdmin. Every state change with who, role, when, the use case and the changed fields before and after, personal information masked. Newest first, keyset-paged.")
            .WithSummary("The audit trail, newest first (city only)")
            .RequireAuthorization(AuthorizationPolicies.CityAdmin)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    /// <param name="entityType">E.g. Organization, PartnerClient, PartnerApiKey.</param>
    /// <param name="entityId">The changed record's id.</param>
    /// <param name="actor">The subject of the user or partner who acted.</param>
    /// <param name="action">The use case, e.g. ChangeOrganizationLabels.</param>
    /// <param name="from">Earliest instant (UTC, ISO 8601).</param>
    /// <param name="to">Latest instant (UTC, ISO 8601).</param>
    /// <param name="limit">Page size, 1–200 (default 20).</param>
    /// <param name="cursor">The nextCursor of the previous page.</param>
    public static async Task<Ok<Page<AuditEntryDto>>> ListAuditEntries(
        ISender sender,
        [FromQuery] string? entityType,
        [FromQuery] string? entityId,
        [FromQuery] string? actor,
        [FromQuery] string? action,
        [FromQuery] DateTimeOffset? from,
        [FromQuery] DateTimeOffset? to,
        [FromQuery] int? limit,
        [FromQuery] string? cursor,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListAuditEntriesQuery(entityType, entityId, actor, action, from, to, limit, cursor), cancellationToken));
}
