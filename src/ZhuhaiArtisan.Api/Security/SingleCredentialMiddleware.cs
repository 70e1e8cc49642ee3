using Microsoft.Net.Http.Headers;
using ZhuhaiArtisan.Api.ErrorHandling;

namespace ZhuhaiArtisan.Api.Security;

/// <summary>
/// A request speaks for one caller: a bearer token or an API key, never both, so that who acted
/// (and what the audit trail records) can never be a mix of two identities.
/// </summary>
internal sealed class SingleCredentialMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Headers.ContainsKey(HeaderNames.Authorization)
            && context.Request.Headers.ContainsKey(AuthenticationSchemes.ApiKeyHeader))
        {
            await ProblemResponses.WriteAsync(context, StatusCodes.Status400BadRequest, "auth.ambiguous_credentials",
                $"Send either an Authorization bearer token or an {AuthenticationSchemes.ApiKeyHeader} header, not both.");
            return;
        }

        await next(context);
    }
}
