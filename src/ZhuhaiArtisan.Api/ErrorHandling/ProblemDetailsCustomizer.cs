using System.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace ZhuhaiArtisan.Api.ErrorHandling;

/// <summary>
/// Gives every problem response, whoever wrote it (the exception handler, the status-code pages,
/// the rate limiter), a stable <c>code</c>, a <c>traceId</c> and a title in the caller's language.
/// </summary>
internal static class ProblemDetailsCustomizer
{
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        if (!problem.Extensions.TryGetValue("code", out var codeValue) || codeValue is not string code)
        {
            code = status switch
            {
                StatusCodes.Status400BadRequest => "request.malformed",
                StatusCodes.Status401Unauthorized => "auth.unauthenticated",
                StatusCodes.Status403Forbidden => "access.forbidden",
                StatusCodes.Status404NotFound => "resource.not_found",
                StatusCodes.Status405MethodNotAllowed => "request.method_not_allowed",
                StatusCodes.Status413PayloadTooLarge => "request.too_large",
                StatusCodes.Status415UnsupportedMediaType => "request.unsupported_media_type",
                StatusCodes.Status429TooManyRequests => "rate_limit.exceeded",
                _ => "server.error",
            };
            problem.Extensions["code"] = code;
        }

        problem.Title = ProblemTitles.For(code, status, ProblemLanguage.PrefersEnglish(context.HttpContext.Request));
        problem.Type ??= $"https://zhuhai-artisan.example/problems/{code}";
        problem.Instance ??= context.HttpContext.Request.Path;
        problem.Extensions["traceId"] = Activity.Current?.TraceId.ToString()
            ?? context.HttpContext.Features.Get<IHttpActivityFeature>()?.Activity.TraceId.ToString()
            ?? context.HttpContext.TraceIdentifier;
    }
}
