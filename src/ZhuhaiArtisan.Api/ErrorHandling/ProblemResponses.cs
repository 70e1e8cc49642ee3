using Microsoft.AspNetCore.Mvc;

namespace ZhuhaiArtisan.Api.ErrorHandling;

/// <summary>Writes a problem response from middleware, where no exception is thrown.</summary>
internal static class ProblemResponses
{
    public static async Task WriteAsync(HttpContext context, int status, string code, string detail)
    {
        context.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Detail = detail };
        problem.Extensions["code"] = code;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
