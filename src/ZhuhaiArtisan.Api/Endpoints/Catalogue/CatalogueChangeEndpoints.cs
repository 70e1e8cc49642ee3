using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ZhuhaiArtisan.Application.Catalogue.ListCatalogueChanges;

namespace ZhuhaiArtisan.Api.Endpoints.Catalogue;

/// <summary>The change feed of the public catalogue, for partners that keep a copy of it.</summary>
public static class CatalogueChangeEndpoints
{
    public static IEndpointRouteBuilder MapCatalogueChangeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/catalogue-changes", ListCatalogueChanges)
            .WithTags("Catalogue")
            .AllowAnonymous()
            .WithName(nameof(ListCatalogueChanges))
            .WithSummary("What changed in the public catalogue since a cursor")
            .WithDescription("Public. Changes in the order they were committed: edition-published (editionNumber: fetch its items) and item-status-changed (itemId, liveStatus: active, under-review, suspended or withdrawn) for items in a published edition. " +
                             "Without a cursor the feed starts at the beginning. nextCursor is always given: keep it and come back with it to get only what changed since; hasMore says more is already waiting. " +
                             "Numbers have no gaps a reader could pass over: a change committed later always comes after the cursor. An edited cursor is 400 paging.invalid_cursor.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    /// <param name="cursor">The nextCursor of the previous call; none to start at the beginning.</param>
    /// <param name="limit">Changes per call, 1–200 (default 20).</param>
    public static async Task<Ok<CatalogueChangeFeedPage>> ListCatalogueChanges(
        ISender sender,
        HttpResponse response,
        [FromQuery] string? cursor,
        [FromQuery] int? limit,
        CancellationToken cancellationToken)
    {
        var page = await sender.Send(new ListCatalogueChangesQuery(limit, cursor), cancellationToken);
        response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(page);
    }
}
