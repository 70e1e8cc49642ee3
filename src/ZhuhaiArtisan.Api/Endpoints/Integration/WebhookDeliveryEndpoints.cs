using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ZhuhaiArtisan.Api.Security;
using ZhuhaiArtisan.Application.Integration.Common;
using ZhuhaiArtisan.Application.Integration.GetWebhookDelivery;
using ZhuhaiArtisan.Application.Integration.RedeliverWebhookDelivery;

namespace ZhuhaiArtisan.Api.Endpoints.Integration;

/// <summary>One webhook delivery: its attempts, and sending it again.</summary>
public static class WebhookDeliveryEndpoints
{
    public static IEndpointRouteBuilder MapWebhookDeliveryEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/webhook-deliveries")
            .WithTags("Integration")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/{id:guid}", GetWebhookDelivery)
            .WithName(nameof(GetWebhookDelivery))
            .WithSummary("Read one webhook delivery with its body and every attempt")
            .WithDescription("Partner (its own endpoints') or CityAdmin; anything else is 404. Each attempt with its instant, the receiver's status code or the error (timeout, refused connection, open circuit) and its duration.")
            .RequireAuthorization(AuthorizationPolicies.PartnerOrCityAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/redelivery", RedeliverWebhookDelivery)
            .WithName(nameof(RedeliverWebhookDelivery))
            .WithSummary("Send a delivery again, same webhook-id and body (partner)")
            .WithDescription("Partner (X-Api-Key), a delivery of its own endpoint that succeeded or failed: it becomes pending with a fresh retry schedule and is sent at the dispatcher's next poll. A pending delivery is 409 webhook_delivery.already_pending; a disabled endpoint is 409 webhook_endpoint.disabled (reactivate it first).")
            .RequireAuthorization(AuthorizationPolicies.Partner)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return app;
    }

    public static async Task<Ok<WebhookDeliveryDetailsDto>> GetWebhookDelivery(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetWebhookDeliveryQuery(id), cancellationToken));

    public static async Task<Ok<WebhookDeliveryDto>> RedeliverWebhookDelivery(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new RedeliverWebhookDeliveryCommand(id), cancellationToken));
}
