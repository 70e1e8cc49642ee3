using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ZhuhaiArtisan.Api.Http;
using ZhuhaiArtisan.Api.Security;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Application.Integration.ChangeWebhookEndpoint;
using ZhuhaiArtisan.Application.Integration.Common;
using ZhuhaiArtisan.Application.Integration.DeleteWebhookEndpoint;
using ZhuhaiArtisan.Application.Integration.GetWebhookEndpoint;
using ZhuhaiArtisan.Application.Integration.ListWebhookDeliveries;
using ZhuhaiArtisan.Application.Integration.ListWebhookEndpoints;
using ZhuhaiArtisan.Application.Integration.ReactivateWebhookEndpoint;
using ZhuhaiArtisan.Application.Integration.RegisterWebhookEndpoint;
using ZhuhaiArtisan.Application.Integration.RotateWebhookEndpointSecret;
using ZhuhaiArtisan.Domain.Integration.WebhookDeliveries;

namespace ZhuhaiArtisan.Api.Endpoints.Integration;

/// <summary>
/// A partner's webhook receivers: registered, changed, deleted and their secrets rotated by the
/// partner (X-Api-Key); read by the partner and the city. Another partner's endpoint is 404.
/// </summary>
public static class WebhookEndpointEndpoints
{
    private const string Refusals = " A URL that is not https is 400 webhook_endpoint.url_not_https; one whose host resolves to a private, loopback, link-local, unique-local, CGNAT or other non-public address is 400 webhook_endpoint.url_not_public; one that does not resolve is 400 webhook_endpoint.url_unresolvable; an unknown event type is 400 validation.failed.";

    public static IEndpointRouteBuilder MapWebhookEndpointEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/webhook-endpoints")
            .WithTags("Integration")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("/", RegisterWebhookEndpoint)
            .WithName(nameof(RegisterWebhookEndpoint))
            .WithSummary("Register a webhook endpoint; its signing secret is shown in this response only (partner)")
            .WithDescription("Partner (X-Api-Key). Deliveries follow Standard Webhooks: webhook-id, webhook-timestamp and webhook-signature (v1, HMAC-SHA256 over \"{id}.{timestamp}.{body}\" with the secret). The secret (whsec_…) is in this response only (Cache-Control: no-store); it is stored encrypted. At most 20 endpoints per partner (409 webhook_endpoint.limit_reached)." + Refusals)
            .RequireAuthorization(AuthorizationPolicies.Partner)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/", ListWebhookEndpoints)
            .WithName(nameof(ListWebhookEndpoints))
            .WithSummary("List webhook endpoints: a partner its own, the city all")
            .WithDescription("Partner (X-Api-Key) or CityAdmin. Filter: client (a partner client's id, for the city). Keyset-paged by endpoint id. Secrets are never listed.")
            .RequireAuthorization(AuthorizationPolicies.PartnerOrCityAdmin)
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/{id:guid}", GetWebhookEndpoint)
            .WithName(nameof(GetWebhookEndpoint))
            .WithSummary("Read one webhook endpoint (ETag for If-Match)")
            .WithDescription("Partner (its own) or CityAdmin; another partner's endpoint is 404, as for a missing id.")
            .RequireAuthorization(AuthorizationPolicies.PartnerOrCityAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:guid}", ChangeWebhookEndpoint)
            .WithName(nameof(ChangeWebhookEndpoint))
            .WithSummary("Change a webhook endpoint's URL, event types and description (partner)")
            .WithDescription("Partner (X-Api-Key), its own endpoint. If-Match is required (428 when missing, 412 when stale). Pending deliveries go to the new URL." + Refusals)
            .RequireAuthorization(AuthorizationPolicies.Partner)
            .RequiresIfMatch()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapDelete("/{id:guid}", DeleteWebhookEndpoint)
            .WithName(nameof(DeleteWebhookEndpoint))
            .WithSummary("Delete a webhook endpoint with its deliveries (partner)")
            .WithDescription("Partner (X-Api-Key), its own endpoint. Deliveries not yet sent are dropped.")
            .RequireAuthorization(AuthorizationPolicies.Partner)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/secret-rotations", RotateWebhookEndpointSecret)
            .WithName(nameof(RotateWebhookEndpointSecret))
            .WithSummary("Rotate the signing secret; the new one is shown in this response only (partner)")
            .WithDescription("Partner (X-Api-Key), its own endpoint. For 24 hours after a rotation the previous secret stays valid: each delivery carries two signatures (\"v1,<new> v1,<old>\"), so the receiver can switch secrets without rejecting a delivery. Cache-Control: no-store.")
            .RequireAuthorization(AuthorizationPolicies.Partner)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/reactivation", ReactivateWebhookEndpoint)
            .WithName(nameof(ReactivateWebhookEndpoint))
            .WithSummary("Reactivate a disabled webhook endpoint (partner)")
            .WithDescription("Partner (X-Api-Key), its own endpoint. An endpoint is disabled when its receiver answers 410 Gone; from its reactivation on it receives new events, and missed deliveries can be redelivered one by one. An active endpoint is 409 webhook_endpoint.not_disabled.")
            .RequireAuthorization(AuthorizationPolicies.Partner)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/{id:guid}/deliveries", ListWebhookDeliveries)
            .WithName(nameof(ListWebhookDeliveries))
            .WithSummary("List an endpoint's deliveries, newest first, with status and attempts")
            .WithDescription("Partner (its own) or CityAdmin. Each delivery with its webhook-id, event type, status (pending, succeeded, failed), attempts, last response code or error, and next attempt. Filter: status. Keyset-paged.")
            .RequireAuthorization(AuthorizationPolicies.PartnerOrCityAdmin)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }

    public static async Task<Created<RegisteredWebhookEndpointDto>> RegisterWebhookEndpoint(
        WebhookEndpointRequest request, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var registered = await sender.Send(new RegisterWebhookEndpointCommand(request.Url, request.EventTypes, request.Description), cancellationToken);
        // The secret is in this response only: no cache may keep it.
        response.Headers.CacheControl = "no-store";
        response.Headers.ETag = ETags.ForVersion(registered.Endpoint.Version);
        return TypedResults.Created($"/api/v1/webhook-endpoints/{registered.Endpoint.Id}", registered);
    }

    /// <param name="client">A partner client's id (for the city).</param>
    /// <param name="limit">Page size, 1–200 (default 20).</param>
    /// <param name="cursor">The nextCursor of the previous page.</param>
    public static async Task<Ok<Page<WebhookEndpointDto>>> ListWebhookEndpoints(
        ISender sender, [FromQuery] Guid? client, [FromQuery] int? limit, [FromQuery] string? cursor, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListWebhookEndpointsQuery(client, limit, cursor), cancellationToken));

    public static async Task<Ok<WebhookEndpointDto>> GetWebhookEndpoint(Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
        WithETag(await sender.Send(new GetWebhookEndpointQuery(id), cancellationToken), response);

    public static async Task<Ok<WebhookEndpointDto>> ChangeWebhookEndpoint(
        Guid id, WebhookEndpointRequest request, ISender sender, HttpContext context, CancellationToken cancellationToken)
    {
        var ifMatch = ETags.RequireIfMatch(context.Request);
        var endpoint = await sender.Send(new ChangeWebhookEndpointCommand(id, ifMatch, request.Url, request.EventTypes, request.Description), cancellationToken);
        return WithETag(endpoint, context.Response);
    }

    public static async Task<NoContent> DeleteWebhookEndpoint(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new DeleteWebhookEndpointCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<RotatedWebhookSecretDto>> RotateWebhookEndpointSecret(Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var rotated = await sender.Send(new RotateWebhookEndpointSecretCommand(id), cancellationToken);
        response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(rotated);
    }

    public static async Task<Ok<WebhookEndpointDto>> ReactivateWebhookEndpoint(Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
        WithETag(await sender.Send(new ReactivateWebhookEndpointCommand(id), cancellationToken), response);

    /// <param name="status">pending, succeeded or failed.</param>
    /// <param name="limit">Page size, 1–200 (default 20).</param>
    /// <param name="cursor">The nextCursor of the previous page.</param>
    public static async Task<Ok<Page<WebhookDeliveryDto>>> ListWebhookDeliveries(
        Guid id, ISender sender, [FromQuery] string? status, [FromQuery] int? limit, [FromQuery] string? cursor, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(
            new ListWebhookDeliveriesQuery(id, QueryEnums.Parse<WebhookDeliveryStatus>(status, nameof(status)), limit, cursor), cancellationToken));

    private static Ok<WebhookEndpointDto> WithETag(WebhookEndpointDto endpoint, HttpResponse response)
    {
        response.Headers.ETag = ETags.ForVersion(endpoint.Version);
        return TypedResults.Ok(endpoint);
    }
}
