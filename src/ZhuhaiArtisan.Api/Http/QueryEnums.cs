using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;

namespace ZhuhaiArtisan.Api.Http;

/// <summary>Reads an enum filter from the query string in the same kebab-case spelling as JSON.</summary>
internal static class QueryEnums
{
    public static T? Parse<T>(string? value, string parameter)
        where T : struct, Enum
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(JsonNamingPolicy.KebabCaseLower.ConvertName(candidate.ToString()), value, StringComparison.Ordinal))
            {
                return candidate;
            }
        }

        var allowed = string.Join(", ", Enum.GetValues<T>().Select(v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString())));
        throw new ValidationException([new ValidationFailure(parameter, $"'{value}' is not one of: {allowed}.")]);
    }
}
