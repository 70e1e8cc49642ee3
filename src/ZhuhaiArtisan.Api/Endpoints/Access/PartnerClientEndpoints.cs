using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ZhuhaiArtisan.Api.Http;
using ZhuhaiArtisan.Api.Security;
using ZhuhaiArtisan.Application.Access.Common;
using ZhuhaiArtisan.Application.Access.GetCurrentPartnerClient;
using ZhuhaiArtisan.Application.Access.IssuePartnerApiKey;
using ZhuhaiArtisan.Application.Access.ListPartnerApiKeys;
using ZhuhaiArtisan.Application.Access.ListPartnerClients;
using ZhuhaiArtisan.Application.Access.RegisterPartnerClient;
using ZhuhaiArtisan.Application.Access.RevokePartnerApiKey;
using ZhuhaiArtisan.Application.Common.Paging;

namespace ZhuhaiArtisan.Api.Endpoints.Access;

/// <summary>Partner clients (技行珠海) and the API keys the city issues them.</summary>
public static class PartnerClientEndpoints
{
    public static IEndpointRouteBuilder MapPartnerClientEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/partner-clients")
            .WithTags("Access")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("/", RegisterPartnerClient)
            .WithName(nameof(RegisterPartnerClient))
            .WithDescription("CityAdmin. A system integrating machine to machine, such as the 技行珠海 online training platform, identified by a stable lower-case code (409 when taken).")
            .WithSummary("Register a partner client (city only)")
            .RequireAuthorization(AuthorizationPolicies.CityAdmin)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/", ListPartnerClients)
            .WithName(nameof(ListPartnerClients))
            .WithDescription("CityAdmin. Every partner client with its number of active API keys.")
            .WithSummary("List partner clients (city only)")
            .RequireAuthorization(AuthorizationPolicies.CityAdmin);

        group.MapGet("/current", GetCurrentPartnerClient)
            .WithName(nameof(GetCurrentPartnerClient))
            .WithDescription("Partner (X-Api-Key). Lets a partner check that its key works and see which client it belongs to.")
            .WithSummary("The partner client the calling API key belongs to")
            .RequireAuthorization(AuthorizationPolicies.Partner)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{clientId:guid}/api-keys", IssuePartnerApiKey)
            .WithName(nameof(IssuePartnerApiKey))
            .WithDescription("CityAdmin. The key is in this response only (Cache-Control: no-store); the platform keeps only its SHA-256 hash, so the key cannot be shown again and this operation does not take Idempotency-Key (a stored response would keep the key). At most two keys are active at once so a partner can roll over (409 otherwise).")
            .WithSummary("Issue an API key; the key is shown in this response only (city only)")
            .RequireAuthorization(AuthorizationPolicies.CityAdmin)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/{clientId:guid}/api-keys", ListPartnerApiKeys)
            .WithName(nameof(ListPartnerApiKeys))
            .WithDescription("CityAdmin. Keys are listed by name and prefix with their issue, expiry and revocation instants, never the key itself.")
            .WithSummary("List a partner client's API keys, without the keys themselves (city only)")
            .RequireAuthorization(AuthorizationPolicies.CityAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{clientId:guid}/api-keys/{keyId:guid}/revocation", RevokePartnerApiKey)
            .WithName(nameof(RevokePartnerApiKey))
            .WithDescription("CityAdmin. The key stops working at once; revoking it again is 409.")
            .WithSummary("Revoke an API key at once (city only)")
            .RequireAuthorization(AuthorizationPolicies.CityAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return app;
    }

    public static async Task<Created<PartnerClientDto>> RegisterPartnerClient(RegisterPartnerClientCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var client = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/partner-clients/{client.Id}", client);
    }

    public static async Task<Ok<ItemList<PartnerClientDto>>> ListPartnerClients(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListPartnerClientsQuery(), cancellationToken));

    public static async Task<Ok<PartnerClientDto>> GetCurrentPartnerClient(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetCurrentPartnerClientQuery(), cancellationToken));

    public static async Task<Created<IssuedPartnerApiKeyDto>> IssuePartnerApiKey(
        Guid clientId, IssuePartnerApiKeyRequest request, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var key = await sender.Send(new IssuePartnerApiKeyCommand(clientId, request.Name, request.ExpiresAt), cancellationToken);
        // The key is a secret: no cache may keep this response.
        response.Headers.CacheControl = "no-store";
        return TypedResults.Created($"/api/v1/partner-clients/{clientId}/api-keys", key);
    }

    public static async Task<Ok<ItemList<PartnerApiKeyDto>>> ListPartnerApiKeys(Guid clientId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListPartnerApiKeysQuery(clientId), cancellationToken));

    public static async Task<Ok<PartnerApiKeyDto>> RevokePartnerApiKey(Guid clientId, Guid keyId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new RevokePartnerApiKeyCommand(clientId, keyId), cancellationToken));
}
