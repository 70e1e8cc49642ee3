using System.Text.Json;
using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using ZhuhaiArtisan.Api.Http;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Api.ErrorHandling;

/// <summary>
/// The one place exceptions become responses: domain and application exceptions map to their
/// status and stable code; anything else is a 500 without internals.
/// </summary>
internal sealed partial class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, code, detail, errors) = Map(exception);
        if (status >= 500)
        {
            LogUnhandled(exception, httpContext.Request.Method, httpContext.Request.Path);
        }

        var problem = new ProblemDetails { Status = status, Detail = detail };
        problem.Extensions["code"] = code;
        if (errors is not null)
        {
            problem.Extensions["errors"] = errors;
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static (int Status, string Code, string? Detail, IDictionary<string, string[]>? Errors) Map(Exception exception) =>
        exception switch
        {
            ValidationException validation => (400, "validation.failed", "One or more fields are invalid.", ValidationErrors(validation)),
            UnreadableFileException file => (400, file.Code, file.Message, new Dictionary<string, string[]> { ["file"] = [file.Message] }),
            UnsupportedMediaTypeException media => (415, "request.unsupported_media_type", media.Message, null),
            InvalidCursorException cursor => (400, cursor.Code, cursor.Message, new Dictionary<string, string[]> { ["cursor"] = [cursor.Message] }),
            BadHttpRequestException badRequest => MapBadRequest(badRequest),
            NotFoundException notFound => (404, notFound.Code, notFound.Message, null),
            ForbiddenAccessException forbidden => (403, forbidden.Code, forbidden.Message, null),
            ConflictException conflict => (409, conflict.Code, conflict.Message, null),
            DuplicateKeyException duplicate => (409, duplicate.Code, duplicate.Message, null),
            PreconditionFailedException stale => (412, stale.Code, stale.Message, null),
            Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException => (412, "concurrency.stale_version", "The resource has changed since it was read.", null),
            PreconditionRequiredException required => (428, required.Code, required.Message, null),
            BusinessRuleValidationException rule => (409, rule.Code, rule.Message, null),
            DomainValueException value => (400, value.Code, value.Message, null),
            _ => (500, "server.error", null, null),
        };

    private static Dictionary<string, string[]> ValidationErrors(ValidationException exception) =>
        exception.Errors
            .GroupBy(e => FieldPath(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());

    /// <summary><c>Contact.ContactPhone</c> → <c>contact.contactPhone</c>; <c>Clusters[1]</c> → <c>clusters[1]</c>.</summary>
    private static string FieldPath(string propertyName) =>
        string.Join('.', propertyName.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(JsonNamingPolicy.CamelCase.ConvertName));

    private static (int, string, string?, IDictionary<string, string[]>?) MapBadRequest(BadHttpRequestException exception)
    {
        if (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (413, "request.too_large", "The request body exceeds the size limit.", null);
        }

        if (exception.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return (415, "request.unsupported_media_type", "Send the body as application/json.", null);
        }

        // The JSON reader names the path of the offending value; parameter binding names the parameter.
        if (exception.InnerException is JsonException { Path: { } path } json)
        {
            var field = path.TrimStart('$', '.');
            return (400, "request.malformed", "The JSON body could not be read.",
                new Dictionary<string, string[]> { [string.IsNullOrEmpty(field) ? "body" : field] = [JsonMessage(json)] });
        }

        var match = ParameterName().Match(exception.Message);
        if (match.Success)
        {
            return (400, "request.malformed", "A parameter has a value of the wrong type.",
                new Dictionary<string, string[]> { [match.Groups["name"].Value] = [$"'{match.Groups["value"].Value}' is not a valid value."] });
        }

        if (exception.Message.Contains("body was not provided", StringComparison.OrdinalIgnoreCase)
            || exception.Message.Contains("Implicit body inferred", StringComparison.OrdinalIgnoreCase))
        {
            return (400, "request.malformed", "A JSON body is required.", new Dictionary<string, string[]> { ["body"] = ["A JSON body is required."] });
        }

        return (400, "request.malformed", "The request could not be read.", null);
    }

    // System.Text.Json messages name .NET types; callers get a plain statement instead.
    private static string JsonMessage(JsonException exception) =>
        exception.Message.Contains("could not be converted", StringComparison.Ordinal)
            ? "The value has the wrong type or format."
            : "The JSON is malformed.";

    [GeneratedRegex(@"parameter ""(?:[^""]*\s)?(?<name>\w+)"" from ""(?<value>[^""]*)""")]
    private static partial Regex ParameterName();

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    private partial void LogUnhandled(Exception exception, string method, string path);
}
