using System.Text.Json;
using System.Text.Json.Nodes;

namespace ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;

/// <summary>
/// Checks a JSON value against a schema of the committed contract (openapi/zhuhai-artisan.v1.json):
/// the subset of OpenAPI 3.0 the contract uses — $ref, allOf, type, nullable, enum, properties,
/// required, additionalProperties: false, items. Returns what does not match, by JSON path.
/// </summary>
internal static class ContractSchemas
{
    private static readonly Lazy<JsonNode> Contract = new(() => JsonNode.Parse(File.ReadAllText(ContractPath))!);

    /// <summary>The committed contract's file in the repository.</summary>
    public static string ContractPath => Path.Combine(RepositoryRoot(), "openapi", "zhuhai-artisan.v1.json");

    public static JsonObject? Named(string name) => Contract.Value["components"]?["schemas"]?[name]?.AsObject();

    public static List<string> Mismatches(JsonElement value, string schemaName)
    {
        var problems = new List<string>();
        Check(value, Named(schemaName) ?? throw new ArgumentException($"No schema {schemaName} in the contract.", nameof(schemaName)), "$", problems);
        return problems;
    }

    private static void Check(JsonElement value, JsonObject schema, string path, List<string> problems)
    {
        if (schema["$ref"] is { } reference)
        {
            Check(value, Named(reference.GetValue<string>().Split('/')[^1])!, path, problems);
            return;
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            if (schema["nullable"]?.GetValue<bool>() != true)
            {
                problems.Add($"{path}: null, not nullable");
            }

            return;
        }

        foreach (var part in schema["allOf"]?.AsArray() ?? [])
        {
            Check(value, part!.AsObject(), path, problems);
        }

        var type = schema["type"]?.GetValue<string>();
        var kindMatches = type switch
        {
            "object" => value.ValueKind == JsonValueKind.Object,
            "array" => value.ValueKind == JsonValueKind.Array,
            "string" => value.ValueKind == JsonValueKind.String,
            "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
            "number" => value.ValueKind == JsonValueKind.Number,
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            _ => true,
        };
        if (!kindMatches)
        {
            problems.Add($"{path}: {value.ValueKind}, not {type}");
            return;
        }

        if (schema["enum"] is JsonArray allowed && !allowed.Any(a => a?.ToJsonString() == value.GetRawText()))
        {
            problems.Add($"{path}: {value.GetRawText()} is not one of {allowed.ToJsonString()}");
        }

        if (value.ValueKind == JsonValueKind.Object && schema["properties"] is JsonObject properties)
        {
            foreach (var required in schema["required"]?.AsArray() ?? [])
            {
                if (!value.TryGetProperty(required!.GetValue<string>(), out _))
                {
                    problems.Add($"{path}.{required}: missing");
                }
            }

            foreach (var property in value.EnumerateObject())
            {
                if (properties[property.Name] is JsonObject propertySchema)
                {
                    Check(property.Value, propertySchema, $"{path}.{property.Name}", problems);
                }
                else if (schema["additionalProperties"]?.GetValue<bool>() == false)
                {
                    problems.Add($"{path}.{property.Name}: not in the schema");
                }
            }
        }

        if (value.ValueKind == JsonValueKind.Array && schema["items"] is JsonObject items)
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(item, items, $"{path}[{index++}]", problems);
            }
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ZhuhaiArtisan.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ZhuhaiArtisan.sln not found above the test output.");
    }
}
