using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using ZhuhaiArtisan.Application.Common.Concurrency;

namespace ZhuhaiArtisan.Api.Http;

/// <summary>ETags of resources (from their version) and of cacheable documents (from their content).</summary>
internal static class ETags
{
    public static string ForVersion(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>
    /// Reads what an update's If-Match asks (RFC 9110 §13.1.1): missing → 428; <c>*</c> → any
    /// version; otherwise the versions of its strong tags. Weak tags never match an If-Match, and
    /// a tag that is not one of ours matches nothing, so the update answers 412.
    /// </summary>
    public static VersionPrecondition RequireIfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch;
        if (StringValues.IsNullOrEmpty(header))
        {
            throw new PreconditionRequiredException();
        }

        if (!EntityTagHeaderValue.TryParseList(header, out var tags))
        {
            return new VersionPrecondition(false, new HashSet<int>());
        }

        if (tags.Any(t => t.Equals(EntityTagHeaderValue.Any)))
        {
            return VersionPrecondition.Any;
        }

        var versions = new HashSet<int>();
        foreach (var tag in tags.Where(t => !t.IsWeak))
        {
            var value = tag.Tag.Value;
            if (value is { Length: > 2 } && int.TryParse(value.AsSpan(1, value.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                versions.Add(version);
            }
        }

        return new VersionPrecondition(false, versions);
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
