using System.Diagnostics;

namespace ZhuhaiArtisan.Api.Http;

/// <summary>
/// One structured line per request that needs attention — refused or failed (4xx, 5xx), or slower
/// than <see cref="RequestLoggingOptions.SlowRequestThreshold"/> — with method, route path, status
/// and duration, in the request's trace scope. Successful requests are logged at Debug: at
/// thousands of requests a second, a console line for each cost more CPU than the lookups they
/// report (the access log of every request is the reverse proxy's). The query string is left
/// out: personal information never belongs in a log.
/// </summary>
internal sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger, RequestLoggingOptions options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            var status = context.Response.StatusCode;
            if (elapsed >= options.SlowRequestThreshold)
            {
                LogSlowRequest(context.Request.Method, context.Request.Path, status, elapsed.TotalMilliseconds);
            }
            else if (status >= StatusCodes.Status400BadRequest)
            {
                LogUnsuccessfulRequest(context.Request.Method, context.Request.Path, status, elapsed.TotalMilliseconds);
            }
            else
            {
                LogRequest(context.Request.Method, context.Request.Path, status, elapsed.TotalMilliseconds);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms")]
    private partial void LogRequest(string method, string path, int statusCode, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms")]
    private partial void LogUnsuccessfulRequest(string method, string path, int statusCode, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms, slower than expected")]
    private partial void LogSlowRequest(string method, string path, int statusCode, double elapsedMs);
}
