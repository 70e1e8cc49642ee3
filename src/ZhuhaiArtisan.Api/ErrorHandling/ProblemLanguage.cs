using Microsoft.Net.Http.Headers;

namespace ZhuhaiArtisan.Api.ErrorHandling;

internal static class ProblemLanguage
{
    /// <summary>English when the caller prefers it to Chinese; zh-CN otherwise (the default).</summary>
    public static bool PrefersEnglish(HttpRequest request)
    {
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out var languages))
        {
            return false;
        }

        foreach (var language in languages.OrderByDescending(l => l.Quality ?? 1))
        {
            var tag = language.Value.Value ?? string.Empty;
            if (tag.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
