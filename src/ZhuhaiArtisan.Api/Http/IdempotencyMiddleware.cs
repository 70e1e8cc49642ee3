using System.Security.Cryptography;
using ZhuhaiArtisan.Api.ErrorHandling;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Infrastructure.Idempotency;

namespace ZhuhaiArtisan.Api.Http;

/// <summary>
/// Idempotency-Key (IETF httpapi draft), scoped to the caller: the first request with a key runs
/// and its response is stored; a repeat with the same body gets that response again; the same key
/// with another body is 422; a repeat while the first still runs is 409. A failed first request
/// (5xx) frees the key for a retry.
/// </summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next)
{
    private const int MaxKeyLength = 255;

    public async Task InvokeAsync(HttpContext context, IdempotencyStore store, ICurrentUser user)
    {
        var metadata = context.GetEndpoint()?.Metadata.GetMetadata<IdempotentEndpointMetadata>();
        if (metadata is null || !HttpMethods.IsPost(context.Request.Method))
        {
            await next(context);
            return;
        }

        var key = context.Request.Headers[IdempotencyEndpointExtensions.HeaderName].ToString();
        if (key.Length == 0)
        {
            if (metadata.KeyRequired)
            {
                await ProblemResponses.WriteAsync(context, 400, "idempotency.malformed_key", "This operation requires an Idempotency-Key header.");
                return;
            }

            await next(context);
            return;
        }

        if (key.Length > MaxKeyLength || key.Any(c => c is < '!' or > '~'))
        {
            await ProblemResponses.WriteAsync(context, 400, "idempotency.malformed_key", $"An Idempotency-Key is 1–{MaxKeyLength} printable ASCII characters.");
            return;
        }

        var scope = $"{user.Role}:{user.Actor}";
        var fingerprint = await FingerprintAsync(context.Request);
        var claim = await store.ClaimAsync(scope, key, fingerprint, context.RequestAborted);
        switch (claim.Outcome)
        {
            case IdempotencyClaimOutcome.Mismatch:
                await ProblemResponses.WriteAsync(context, 422, "idempotency.key_reused", "This Idempotency-Key was already used with a different request.");
                return;
            case IdempotencyClaimOutcome.InProgress:
                await ProblemResponses.WriteAsync(context, 409, "idempotency.request_in_progress", "A request with this Idempotency-Key is still being processed; retry later.");
                return;
            case IdempotencyClaimOutcome.Replay:
                await ReplayAsync(context, claim.Record!);
                return;
        }

        var originalBody = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        catch
        {
            context.Response.Body = originalBody;
            await store.ReleaseAsync(scope, key, CancellationToken.None);
            throw;
        }

        context.Response.Body = originalBody;
        var body = buffer.ToArray();
        if (context.Response.StatusCode >= 500)
        {
            await store.ReleaseAsync(scope, key, CancellationToken.None);
        }
        else
        {
            await store.CompleteAsync(
                scope, key, context.Response.StatusCode, context.Response.ContentType,
                context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null,
                context.Response.Headers.ETag.ToString() is { Length: > 0 } etag ? etag : null,
                body, CancellationToken.None);
        }

        await originalBody.WriteAsync(body, context.RequestAborted);
    }

    private static async Task<string> FingerprintAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}\n"));
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            hash.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static async Task ReplayAsync(HttpContext context, IdempotencyRecord record)
    {
        var response = context.Response;
        response.StatusCode = record.StatusCode ?? StatusCodes.Status200OK;
        if (record.ContentType is not null)
        {
            response.ContentType = record.ContentType;
        }

        if (record.Location is not null)
        {
            response.Headers.Location = record.Location;
        }

        if (record.ETag is not null)
        {
            response.Headers.ETag = record.ETag;
        }

        response.Headers["Idempotent-Replayed"] = "true";
        if (record.Body is { Length: > 0 } body)
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }
}
