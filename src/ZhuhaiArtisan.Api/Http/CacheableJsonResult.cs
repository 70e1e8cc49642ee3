using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using ZhuhaiArtisan.Application.Common.Concurrency;

namespace ZhuhaiArtisan.Api.Http;

/// <summary>
/// A JSON body with a content ETag: answers 304 without a body when the caller's
/// If-None-Match already holds it. For reference data and other documents clients cache.
/// </summary>
internal sealed class CacheableJsonResult<T>(T value, TimeSpan maxAge) : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>, IContentTypeHttpResult
{
    public int? StatusCode => StatusCodes.Status200OK;

    public object? Value => value;

    T? IValueHttpResult<T>.Value => value;

    public string ContentType => "application/json; charset=utf-8";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var options = httpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var body = JsonSerializer.SerializeToUtf8Bytes(value, options);
        var etag = ETags.ForContent(body);
        var response = httpContext.Response;
        response.Headers.ETag = etag;
        response.Headers.CacheControl = $"public, max-age={(int)maxAge.TotalSeconds}";
        if (ETags.IfNoneMatchHits(httpContext.Request, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        await response.Body.WriteAsync(body, httpContext.RequestAborted);
    }
}
