using System.Globalization;
using System.Text;
using Mediator;
using ZhuhaiArtisan.Application.Catalogue.Common;
using ZhuhaiArtisan.Application.Catalogue.GetPublicCatalogueVersion;

namespace ZhuhaiArtisan.Api.Http;

/// <summary>
/// Answers of the public catalogue, cacheable by ETag. An answer depends only on the request and
/// the catalogue's version (the last change in the feed, and the day in Zhuhai), so its ETag is
/// computed from those before the answer itself: an unchanged catalogue answers 304 after one
/// indexed read, without running the query. Clients keep the answer and revalidate it each time
/// (no-cache), as an item's live status may change at any moment.
/// </summary>
internal static class PublicCatalogueResponses
{
    public static async Task<IResult> JsonAsync<T>(HttpContext context, ISender sender, Func<CancellationToken, ValueTask<T>> answer) =>
        await IsNotModifiedAsync(context, sender)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(await answer(context.RequestAborted));

    public static async Task<IResult> FileAsync(HttpContext context, ISender sender, Func<CancellationToken, ValueTask<ExportedFile>> answer)
    {
        if (await IsNotModifiedAsync(context, sender))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var file = await answer(context.RequestAborted);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<bool> IsNotModifiedAsync(HttpContext context, ISender sender)
    {
        var version = await sender.Send(new GetPublicCatalogueVersionQuery(), context.RequestAborted);
        var request = context.Request;
        var key = string.Create(CultureInfo.InvariantCulture, $"{version.LastChange}\n{version.Today:yyyy-MM-dd}\n{request.Path}{request.QueryString}");
        var etag = ETags.ForContent(Encoding.UTF8.GetBytes(key));
        context.Response.Headers.ETag = etag;
        context.Response.Headers.CacheControl = "public, no-cache";
        return ETags.IfNoneMatchHits(request, etag);
    }
}
