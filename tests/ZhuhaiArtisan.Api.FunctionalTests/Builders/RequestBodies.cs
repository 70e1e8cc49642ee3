using System.Text;
using System.Text.Json;

namespace ZhuhaiArtisan.Api.FunctionalTests.Builders;

public static class RequestBodies
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>A request body with one field set to a raw JSON value (<c>null</c> removes the field).</summary>
    public static StringContent With(object body, string field, string? json)
    {
        const string Placeholder = "raw-json-value-placeholder";
        var node = JsonSerializer.SerializeToNode(body, Web)!.AsObject();
        if (json is null)
        {
            node.Remove(field);
            return Json(node.ToJsonString());
        }

        // Spliced in as text, so that even JSON a parser would refuse to re-serialise (a lone
        // surrogate escape) reaches the API exactly as written.
        node[field] = Placeholder;
        return Json(node.ToJsonString().Replace($"\"{Placeholder}\"", json, StringComparison.Ordinal));
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>A JSON string of the given length.</summary>
    public static string StringOfLength(int length, char character = '珠') => JsonSerializer.Serialize(new string(character, length));
}
