using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using ZhuhaiArtisan.Api.ErrorHandling;

namespace ZhuhaiArtisan.Api.Http;

/// <summary>
/// Refuses a declared body over the limit before reading it (413), and caps undeclared (chunked)
/// bodies where the server supports it. File uploads and bulk pushes have limits of their own.
/// </summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<RequestLimitsOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var metadata = context.GetEndpoint()?.Metadata;
        var limit = metadata?.GetMetadata<FileUploadMetadata>() is not null ? options.Value.MaxUploadBytes
            : metadata?.GetMetadata<BulkBodyMetadata>() is not null ? options.Value.MaxBulkBodyBytes
            : options.Value.MaxBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            await ProblemResponses.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "request.too_large", $"The request body exceeds {limit} bytes.");
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        await next(context);
    }
}
