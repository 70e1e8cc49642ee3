using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace ZhuhaiArtisan.Api.Http;

/// <summary>ETags of resources (from their version) and of cacheable documents (from their content).</summary>
internal static class ETags
{
    public static string ForVersion(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>
    /// Reads the version an update is made against. Missing → 428; present but not one of ours
    /// (or <c>*</c>) → a version no resource has, so the update answers 412.
    /// </summary>
    public static int RequireIfMatchVersion(HttpRequest request)
    {
        var header = request.Headers.IfMatch;
        if (StringValues.IsNullOrEmpty(header))
        {
            throw new PreconditionRequiredException();
        }

        var value = header.ToString().Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        return value.Length > 2 && value[0] == '"' && value[^1] == '"'
               && int.TryParse(value.AsSpan(1, value.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : -1;
    }

    public static string ForContent(byte[] content) =>
        $"\"{Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 16))}\"";

    public static bool IfNoneMatchHits(HttpRequest request, string etag)
    {
        if (!EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags))
        {
            return false;
        }

        var ours = EntityTagHeaderValue.Parse(etag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(ours, useStrongComparison: false));
    }
}

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
