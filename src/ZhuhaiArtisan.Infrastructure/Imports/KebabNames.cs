using System.Text.Json;

namespace ZhuhaiArtisan.Infrastructure.Imports;

/// <summary>An enum's values by their kebab-case names, as the API's JSON spells them (resident-identity-card).</summary>
internal static class KebabNames<T>
    where T : struct, Enum
{
    public static readonly IReadOnlyDictionary<string, T> ByName = Enum.GetValues<T>()
        .ToDictionary(v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()), v => v, StringComparer.Ordinal);
}
